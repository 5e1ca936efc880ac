# ruff: noqa: E501
"""Fifth held-out split (issue 16): the only blind figure quoted to the office.

Written by hand by a new writer (corpus5), for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/monitoring/**), at its baselines or tone dumps, at the other splits' stories (beyond the header, the
SOURCES and the first five stories of heldout4, for the format) or at any report of the pipeline on them. Labels
follow the labelling rules of docs/monitoring-evaluation.md and were fixed before the split was ever run; they must
not be changed because of what the pipeline answers. Every name, outlet and place is invented.

Unlike the other parts, this one is about another invented district, so it brings its own watch list (SETUP),
outlets and person codes: the Municipalidad Distrital de Villa Totoral (MDVT), province of Chancaypata.

Codes: m = who is named (A alcalde Fortunato Huaylla Mendiburu «el Chato», G gerenta municipal Maritza Olórtegui
Cueva, T teniente alcalde Teodoro Champi Laura, R regidora (opposition) Delia Arancibia Poma, U gerente de
Desarrollo Urbano Anselmo Cutipa Ramos, I the Municipalidad Distrital de Villa Totoral); t = topics (limpieza
seguridad obras tributos salud); tone toward the municipality (+ 0 -); about = the story concerns the
municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an earlier story: its own
headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde totoraleño", "el burgomaestre de Villa Totoral", "la primera autoridad de Villa Totoral" are a title
  plus the place: they name the Mayor. A bare "el alcalde", "el edil", "el burgomaestre", "la comuna", "el
  municipio", "la gestión edil" do not. "Huaylla" alone after the Mayor was named is part of the same mention.
- "Municipalidad totoraleña", "municipio totoraleño", "comuna totoraleña", "la MDVT", "Municipalidad (Distrital) de
  Villa Totoral" name the institution. "Vecinos de Villa Totoral", "el serenazgo de Villa Totoral", "el distrito"
  do not.
- A person is named by full name, given name and first surname, both surnames, the nickname «el Chato» (when it
  is clearly him), title plus surname ("la regidora Arancibia", "el gerente Cutipa") or a listed alias.
- Traps: Ulises Huaylla Campos, Mayor of the neighbouring district Santa Rosa de Totoral ("el alcalde Huaylla"
  there); the harpist Fortunato «Chato» Huaylla of the folk group Los Cóndores de Ancash; the marathon runner
  Teodoro Champi Quispe; the chef Delia Arancibia of a Lima restaurant; the provincial Mayor Gladys Ormeño Tello;
  a hamlet also called Villa Totoral in Puno; the Totoral reservoir of the regional government.
- Tone is toward the municipality and its authorities: facts and figures carry it as much as adjectives. The Mayor
  criticising the regional or national government is neutral toward us unless the story is about our own work.
  A mixed story takes the tone of what a press officer would take away from it (the headline and the weight of
  the text). Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword. The case
  of the serenazgo's pickups (purchase, search, the Gerenta's resignation and its sequels) is filed under
  seguridad throughout; the municipality's own debt to Sunat is not tributos municipales; street lighting,
  titling, sewage and culture are none of the five.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerenta",
    "T": "teniente_alcalde",
    "R": "regidora_arancibia",
    "U": "gerente_urbano",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de Villa Totoral",
        "short_name": "MDVT",
        "level": "DISTRITAL",
        "province": "Chancaypata",
        "aliases": ["municipio totoraleño", "comuna totoraleña", "Municipalidad de Villa Totoral"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Fortunato",
            "surnames": "Huaylla Mendiburu",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "el Chato",
            "aliases": ["Chato Huaylla", "alcalde Huaylla", "Huaylla Mendiburu", "Fortunato Huaylla"],
        },
        {
            "key": "gerenta",
            "given_names": "Maritza",
            "surnames": "Olórtegui Cueva",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Olórtegui", "gerente municipal Maritza Olórtegui"],
        },
        {
            "key": "teniente_alcalde",
            "given_names": "Teodoro",
            "surnames": "Champi Laura",
            "sex": "M",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcalde Champi", "regidor Champi"],
        },
        {
            "key": "regidora_arancibia",
            "given_names": "Delia",
            "surnames": "Arancibia Poma",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Arancibia", "concejal Arancibia"],
        },
        {
            "key": "gerente_urbano",
            "given_names": "Anselmo",
            "surnames": "Cutipa Ramos",
            "sex": "M",
            "position": "Gerente de Desarrollo Urbano",
            "position_feminine": "Gerenta de Desarrollo Urbano",
            "office_code": "GERENTE_DESARROLLO_URBANO",
            "aliases": ["Anselmo Cutipa", "gerente Cutipa"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "tribuna": {
        "name": "La Tribuna de Chancaypata",
        "host": "latribunachancaypata.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 70000,
    },
    "solandino": {
        "name": "El Sol Andino",
        "host": "elsolandino.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 52000,
    },
    "rtotoral": {
        "name": "Radio Totoral 101.7 FM",
        "host": "radiototoral.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 20000,
    },
    "ctv": {
        "name": "Chancaypata TV Canal 4",
        "host": "chancaypatatv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 110000,
    },
    "perhoy": {
        "name": "Perú Hoy Noticias",
        "host": "peruhoynoticias.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 750000,
    },
    "api": {
        "name": "Agencia Peruana de Información",
        "host": "agenciapi.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 280000,
    },
    "instante": {
        "name": "Totoral al Instante",
        "host": "totoralalinstante.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 6000,
    },
    "redreg": {
        "name": "Red Regional Noticias",
        "host": "redregionalnoticias.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 40000,
    },
    "fiscalizador": {
        "name": "El Fiscalizador Vecinal",
        "host": "elfiscalizadorvecinal.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 4000,
    },
    "ya": {
        "name": "Diario Ya Chancaypata",
        "host": "diarioya.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 16000,
    },
    "bcomunal": {
        "name": "Boletín Comunal Totoral",
        "host": "boletincomunal.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 2500,
    },
    "vigia": {
        "name": "Semanario El Vigía",
        "host": "semanarioelvigia.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 9000,
    },
    "cumbre": {
        "name": "Radio Cumbre 88.5",
        "host": "radiocumbre.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 14000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Chato Huaylla solo aparece en campaña, el resto del año ni se le ve",
        "La comuna totoraleña cobra arbitrios y los desmontes siguen en cada esquina",
    ],
    "old_most_read": "Roban cables del alumbrado en la bajada de Quebrada Honda",
    "old_motto": "El diario de los andes chancaypatinos",
    "old_city": "Chancaypata",
    "section_agenda": "Santa Rosa de Totoral presenta su feria de la papa nativa",
    "hostile_place": "Villa Totoral",
    "hostile_alias": "municipio totoraleño",
    "error_page_outlet": "Radio Cumbre 88.5, la señal de las alturas",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "ya": {
        "name": "Diario Ya Chancaypata",
        "outlet": "ya",
        "format": "truncated",
        "path": "/rss.xml",
        "copies_of": ["v014", "v071"],
        "cut_at": 0.65,
    },
    "bcomunal": {"name": "Boletín Comunal Totoral", "outlet": "bcomunal", "format": "bomb", "path": "/feed"},
    "vigia": {"name": "Semanario El Vigía", "outlet": "vigia", "format": "xxe", "path": "/rss"},
    "cumbre": {"name": "Radio Cumbre 88.5", "outlet": "cumbre", "format": "html_error", "path": "/rss/noticias.xml"},
    "tribuna": {
        "name": "La Tribuna de Chancaypata",
        "outlet": "tribuna",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "solandino": {
        "name": "El Sol Andino",
        "outlet": "solandino",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/regiones.xml",
    },
    "rtotoral": {
        "name": "Radio Totoral 101.7 FM",
        "outlet": "rtotoral",
        "format": "rss",
        "mode": "description",
        "path": "/noticias/rss",
    },
    "ctv": {"name": "Chancaypata TV Canal 4", "outlet": "ctv", "format": "atom", "path": "/feed/atom.xml"},
    "api": {"name": "Agencia Peruana de Información", "outlet": "api", "format": "atom", "path": "/regiones/atom"},
    "perhoy": {
        "name": "Perú Hoy Noticias",
        "outlet": "perhoy",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "redreg": {
        "name": "Red Regional Noticias",
        "outlet": "redreg",
        "format": "rss",
        "mode": "full",
        "path": "/portada.rss",
    },
    "fiscalizador": {
        "name": "El Fiscalizador Vecinal",
        "outlet": "fiscalizador",
        "format": "rss",
        "mode": "teaser",
        "template": "blog",
        "path": "/feed/",
    },
    "instante": {
        "name": "Totoral al Instante",
        "outlet": "instante",
        "format": "section",
        "template": "section",
        "path": "/noticias",
    },
}

STORIES = [
    # --- La Tribuna de Chancaypata: provincial daily, full text in RSS, priority -----------------------------------------
    S(
        "v001",
        "tribuna",
        "2026-10-12T07:10:00-05:00",
        "Villa Totoral estrena 14 cuadras de pavimento en la avenida Los Sauces",
        """Después de tres años de polvo en verano y barro en temporada de lluvias, los vecinos de la avenida Los Sauces caminaron ayer sobre concreto. La Municipalidad Distrital de Villa Totoral entregó las 14 cuadras de la vía, con veredas, rampas para sillas de ruedas y 96 postes de luz led.

        La obra costó 6,2 millones de soles y se terminó doce días antes del plazo contractual, según el acta de recepción. «Antes los mototaxistas no querían entrar; ahora hasta el carro del gas llega a la puerta», contó Justina Mamani, que tiene una bodega en la cuadra 9.

        El alcalde Fortunato Huaylla Mendiburu anunció que el siguiente tramo, hasta el puente Chacrasana, se licitará en enero.""",
        m="I A",
        t="obras",
        tone="+",
        note="achievement told through figures and a resident's words",
    ),
    S(
        "v002",
        "tribuna",
        "2026-10-13T09:25:00-05:00",
        "Contribuyentes de Villa Totoral tienen hasta el 30 de octubre para pagar la cuarta cuota",
        """La Municipalidad de Villa Totoral recordó que el plazo para pagar la cuarta cuota del impuesto predial y de los arbitrios de 2026 vence el viernes 30 de octubre.

        El pago puede hacerse en la plataforma de la sede central, de lunes a sábado de 8:00 a 17:00 horas, en las agencias del Banco de la Nación o por la web municipal. Quienes paguen a tiempo participarán en el sorteo de una motocicleta.""",
        m="I",
        t="tributos",
        tone="0",
        note="neutral notice: a deadline and opening hours",
    ),
    S(
        "v003",
        "tribuna",
        "2026-10-13T18:40:00-05:00",
        "Siete días sin recojo: los desechos se amontonan en Nueva Esperanza",
        """En la calle Los Claveles del asentamiento humano Nueva Esperanza, las bolsas llegan ya a la altura de las ventanas. El camión no pasa desde el lunes pasado y los perros rompen los costales cada noche.

        «Pagamos arbitrios cada trimestre y aquí tenemos un botadero en la puerta del colegio», reclamó Eusebio Ccahuana, presidente de la junta vecinal. Los padres de familia del colegio 20145 mantienen a sus hijos en casa desde el jueves por el olor.

        La gerenta municipal de Villa Totoral, Maritza Olórtegui Cueva, atribuyó el retraso a la avería de dos de los tres compactadores y dijo que se alquilarán volquetes esta semana. Los vecinos recuerdan que la misma explicación se dio en agosto.""",
        m="G",
        t="limpieza",
        tone="-",
        note="'desechos' and 'camión' rather than 'basura'; Gerenta by title plus place",
    ),
    S(
        "v004",
        "tribuna",
        "2026-10-14T08:05:00-05:00",
        "Ulises Huaylla inaugura mercado modelo en Santa Rosa de Totoral",
        """El alcalde de Santa Rosa de Totoral, Ulises Huaylla Campos, inauguró ayer el nuevo mercado modelo del distrito, con 180 puestos, cámaras frigoríficas y un patio de comidas.

        La obra, financiada por el Ministerio de la Producción, reemplaza a la feria que ocupaba la plaza desde 1998. «Nuestros comerciantes dejan la calle y entran a la formalidad», dijo el alcalde Huaylla durante la ceremonia, a la que asistió la alcaldesa provincial, Gladys Ormeño Tello.""",
        about=False,
        note="another mayor with the Mayor's surname, 'el alcalde Huaylla' of the neighbouring district",
    ),
    S(
        "v005",
        "tribuna",
        "2026-10-15T06:50:00-05:00",
        "Serenazgo totoraleño sumará 40 cámaras y una central de monitoreo",
        """La comuna totoraleña firmó ayer el contrato para instalar 40 cámaras de videovigilancia en los principales cruces del distrito y una central de monitoreo que funcionará las 24 horas en el segundo piso del mercado central.

        El proyecto, de 2,8 millones de soles, se financia con el canon y con una transferencia del Ministerio del Interior. La empresa tiene 120 días para instalar los equipos.

        El teniente alcalde Teodoro Champi Laura, que preside la comisión de seguridad del concejo, explicó que las imágenes se compartirán en tiempo real con la comisaría de Villa Totoral.""",
        m="I T",
        t="seguridad",
        tone="0",
        note="a contract signed: announcement with no delivered result, neutral",
    ),
    S(
        "v006",
        "tribuna",
        "2026-10-16T11:15:00-05:00",
        "Regidora denuncia que obra de drenaje se paga sin avanzar",
        """La regidora Delia Arancibia Poma presentó ante el concejo municipal de Villa Totoral fotografías de la obra de drenaje pluvial del jirón Ayacucho: zanjas abiertas desde julio, tuberías apiladas y ningún obrero en el lugar.

        Según los documentos que exhibió, la municipalidad ya pagó el 62 % del contrato, mientras que el último informe del supervisor registra un avance físico de 18 %. «O el papel miente o la calle miente», dijo la regidora.

        El gerente de Desarrollo Urbano, Anselmo Cutipa Ramos, respondió que el contratista recibió adelantos de materiales previstos por ley y que la obra se reanudará el lunes.""",
        m="R U",
        t="obras",
        tone="-",
        note="'la municipalidad' bare: institution not named",
    ),
    S(
        "v007",
        "tribuna",
        "2026-10-17T07:30:00-05:00",
        "El Chato que no se cansa: cuarenta años de arpa y huaino",
        """Fortunato «Chato» Huaylla, arpista fundador de Los Cóndores de Ancash, celebra cuatro décadas sobre los escenarios con una gira que empezará en Huaraz y terminará en el Gran Teatro Nacional.

        El músico, de 67 años, grabó su primer disco en 1986 en un estudio de La Parada. «El arpa me la regaló mi padrino cuando tenía nueve años; desde entonces no la he soltado», recuerda.""",
        about=False,
        note="namesake: the harpist shares the Mayor's given name, surname and nickname",
    ),
    S(
        "v008",
        "tribuna",
        "2026-10-18T09:00:00-05:00",
        "Campaña gratuita de vacunación contra la influenza en el coliseo de Villa Totoral",
        """El sábado 24 de octubre, de 8:00 a 14:00 horas, el coliseo municipal de Villa Totoral recibirá una jornada de vacunación contra la influenza y el neumococo para adultos mayores y niños menores de cinco años.

        La jornada es organizada por la Municipalidad Distrital de Villa Totoral y la Red de Salud Chancaypata. Los asistentes deben llevar su DNI y, en el caso de los niños, el carné de vacunación.""",
        m="I",
        t="salud",
        tone="0",
        note="neutral notice",
    ),
    S(
        "v009",
        "tribuna",
        "2026-10-19T19:20:00-05:00",
        "Delincuentes asaltan a cambistas en pleno centro de Chancaypata",
        """Dos cambistas de dólares fueron asaltados ayer al mediodía en la cuadra 4 del jirón Bolognesi, en el cercado de Chancaypata, por tres sujetos que huyeron en una motocicleta sin placa. Se llevaron unos 18 mil soles.

        La Policía revisa las cámaras de los comercios cercanos. Los cambistas de la zona pidieron más patrullaje policial en horas punta.""",
        about=False,
        note="robbery in the provincial capital, no Villa Totoral angle: no topic",
    ),
    S(
        "v010",
        "tribuna",
        "2026-10-20T07:45:00-05:00",
        "«Nunca más dormimos con miedo»: vecinos de Quebrada Honda sobre las nuevas rondas mixtas",
        """Desde que los serenos de Villa Totoral patrullan junto con las rondas campesinas, en la bajada de Quebrada Honda no se ha reportado un solo robo de ganado en dos meses. El año pasado, en el mismo periodo, fueron once.

        «Antes hacíamos guardia con silbato y linterna; ahora llamamos y en diez minutos llega la camioneta», dice Florencio Anccasi, teniente gobernador del anexo.

        El programa, impulsado por el municipio totoraleño, suma 22 serenos y dos camionetas asignadas solo a los anexos altos.""",
        m="I",
        t="seguridad",
        tone="+",
        note="positive told through residents' words and a drop to zero",
    ),
    S(
        "v011",
        "tribuna",
        "2026-10-21T10:10:00-05:00",
        "Concejo de Villa Totoral sesiona el jueves: agenda incluye ordenanza de comercio ambulatorio",
        """El concejo municipal de Villa Totoral se reunirá en sesión ordinaria el jueves 22 de octubre, a las 16:00 horas, en el salón consistorial.

        En la agenda figuran la ordenanza que regula el comercio ambulatorio en la plaza de armas, el informe trimestral del teniente alcalde Teodoro Champi sobre la comisión de seguridad y un pedido de la regidora Delia Arancibia sobre el estado de los parques. La sesión será transmitida por la página oficial de la municipalidad.""",
        m="T R",
        tone="0",
        note="agenda; no topic dominates (an item on seguridad among three)",
    ),
    S(
        "v012",
        "tribuna",
        "2026-10-22T08:30:00-05:00",
        "La posta de Chacrasana abre de noche, pero sin médico",
        """La posta médica de Chacrasana amplió su horario hasta las 22:00 horas desde el 1 de octubre, como prometió la Municipalidad Distrital de Villa Totoral en agosto. Tres semanas después, la atención nocturna la cubre una técnica en enfermería sola.

        «Llegué con mi hijo con fiebre de 40 y me dijeron que vuelva en la mañana porque no había quien recete», contó Rosaura Ticona. El municipio paga el local y la vigilancia; el médico depende de la Red de Salud, que no ha enviado el profesional ofrecido.

        El alcalde totoraleño aseguró que se pagará un médico con presupuesto municipal desde noviembre «si la red no cumple».""",
        m="I A",
        t="salud",
        tone="-",
        note="a promise kept on paper and failing in fact; 'el alcalde totoraleño' = title plus place",
    ),
    S(
        "v013",
        "tribuna",
        "2026-10-23T06:55:00-05:00",
        "Huaylla Mendiburu cuestiona al Gobierno Regional por el agua del reservorio Totoral",
        """El alcalde de Villa Totoral, Fortunato Huaylla Mendiburu, criticó al Gobierno Regional por la demora en la rehabilitación del reservorio Totoral, de la que dependen unos 2 mil agricultores de la parte baja del valle.

        «La región tiene el expediente aprobado desde 2024 y no pone un sol», dijo el burgomaestre. La Gerencia Regional de Agricultura respondió que la obra está en la cartera de 2027.""",
        m="A",
        tone="0",
        note="the Mayor criticising the regional government: neutral toward us; the reservoir is regional, not our obra",
    ),
    S(
        "v014",
        "tribuna",
        "2026-10-24T07:20:00-05:00",
        "Deuda con la ONP y la Sunat lleva a embargar cuentas del municipio totoraleño",
        """La Superintendencia Nacional de Aduanas y de Administración Tributaria (Sunat) embargó la semana pasada dos cuentas del municipio totoraleño por una deuda acumulada de 3,4 millones de soles en aportes previsionales y retenciones no pagadas desde 2023.

        El embargo retrasó el pago de las remuneraciones de octubre a 312 trabajadores. «Hasta ahora no me depositan y tengo que pagar la pensión del colegio», dijo una barredora que pidió no ser identificada.

        La gerenta Olórtegui reconoció la deuda y dijo que se negocia un fraccionamiento. Es la segunda vez en el año que la Sunat retiene fondos municipales.""",
        m="I G",
        tone="-",
        note="municipality's own tax debt to Sunat, not tributos municipales it collects: no topic",
    ),
    S(
        "v015",
        "tribuna",
        "2026-10-26T09:40:00-05:00",
        "Teodoro Champi gana la maratón de los Andes por tercera vez",
        """El fondista Teodoro Champi Quispe volvió a cruzar primero la meta de la Maratón Internacional de los Andes, en Huancayo, con un tiempo de 2 horas, 14 minutos y 9 segundos.

        El atleta de 29 años, natural de Ocongate, dedicó el triunfo a su madre y anunció que buscará la marca mínima para el Mundial de Atletismo.""",
        about=False,
        note="namesake of the teniente alcalde (given name and first surname)",
    ),
    S(
        "v016",
        "tribuna",
        "2026-10-27T08:15:00-05:00",
        "Nuevo puente peatonal une Chacrasana con el colegio San Martín",
        """Doscientos escolares de Chacrasana ya no tienen que cruzar el río Totoral por las piedras. El puente peatonal colgante de 42 metros, construido por la Municipalidad de Villa Totoral, se abrió ayer con una chocolatada.

        La obra costó 480 mil soles y se levantó en cuatro meses. «Cuando crecía el río, mi hija faltaba una semana entera al colegio», dijo Nicasio Huamán, padre de familia. El gerente de Desarrollo Urbano, Anselmo Cutipa, informó que la estructura soporta hasta 60 personas a la vez.""",
        m="I U",
        t="obras",
        tone="+",
    ),
    S(
        "v017",
        "tribuna",
        "2026-10-28T17:35:00-05:00",
        "Vecinos bloquean la vía Chancaypata–Totoral por el alza de arbitrios",
        """Unos 300 vecinos de Villa Totoral bloquearon durante cuatro horas la carretera a Chancaypata en protesta por el incremento de hasta 45 % en los arbitrios de limpieza y serenazgo aprobado para 2027.

        «Nos suben el cobro y el carro de la basura pasa una vez por semana», reclamó Gerardina Yauri, dirigente de la urbanización Los Pinos. Los manifestantes exigieron la presencia del alcalde Huaylla, que no acudió.

        La Municipalidad Distrital de Villa Totoral indicó en un comunicado que el reajuste responde al estudio de costos aprobado por el concejo y que se aplicarán descuentos a jubilados.""",
        m="I A",
        t="tributos",
        tone="-",
        note="'alcalde Huaylla' is the listed alias; in this story it is our Mayor",
    ),
    S(
        "v018",
        "tribuna",
        "2026-10-30T07:00:00-05:00",
        "Totoral bajo la lupa: ¿a dónde fue el dinero del Vaso de Leche?",
        """Un informe de la Contraloría General de la República sobre el programa del Vaso de Leche en la provincia encontró irregularidades en cuatro de sus seis distritos. Villa Totoral no figura entre ellos: sus padrones y actas de entrega fueron calificados como «conformes».

        En Santa Rosa de Totoral, en cambio, la Contraloría halló 1 200 beneficiarios fallecidos o duplicados y leche evaporada vencida en el almacén.""",
        m="",
        about=True,
        tone="+",
        note="headline suggests a scandal; the text clears Villa Totoral's programme (place name only, no institution named)",
    ),
    S(
        "v019",
        "tribuna",
        "2026-10-31T10:30:00-05:00",
        "Concierto de Halloween y la Canción Criolla en la plaza de Villa Totoral",
        """La plaza de armas de Villa Totoral será escenario este sábado 31 de octubre de un festival criollo con la participación de la Orquesta Municipal y de cuatro jaranas del distrito. El ingreso es libre.

        La Subgerencia de Cultura de la MDVT informó que habrá una zona para niños con concursos de disfraces de personajes peruanos.""",
        m="I",
        tone="0",
        note="cultural notice",
    ),
    S(
        "v020",
        "tribuna",
        "2026-11-02T08:20:00-05:00",
        "Anemia infantil baja de 41 % a 29 % en Villa Totoral",
        """La proporción de niños de 6 a 35 meses con anemia en Villa Totoral bajó de 41 % a 29 % en un año, según el tamizaje de la Dirección Regional de Salud. Es la mayor reducción de la provincia.

        Las promotoras del programa municipal Wawa Sana visitaron 1 900 hogares y entregaron sangrecita y micronutrientes. «Mi bebé ya no está pálido y come de todo», dice Yeni Quispe, de la comunidad de Ayrampo.

        La municipalidad totoraleña destinó 390 mil soles al programa este año, el doble que en 2025.""",
        m="I",
        t="salud",
        tone="+",
        note="'municipalidad totoraleña' names the institution",
    ),
    S(
        "v021",
        "tribuna",
        "2026-11-03T18:10:00-05:00",
        "La Contraloría observa compra de camionetas de serenazgo en Villa Totoral",
        """Un informe de control concurrente advirtió que las cuatro camionetas compradas por la Municipalidad Distrital de Villa Totoral para el serenazgo costaron 22 % más que el precio de mercado y llegaron sin el equipamiento policial que exigían las bases.

        Las unidades, adquiridas por 1,1 millones de soles, siguen estacionadas en el depósito municipal porque no tienen radios ni circulinas. La gerencia municipal indicó que el proveedor completará la entrega «en los próximos días».""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "v022",
        "tribuna",
        "2026-11-05T07:25:00-05:00",
        "Chato Huaylla: «Hemos cumplido con el 70 % de lo prometido»",
        """A dos años de iniciada su gestión, el alcalde de Villa Totoral, Fortunato «Chato» Huaylla, hizo su rendición de cuentas ante unas 500 personas en el coliseo. Presentó 38 obras terminadas, entre ellas 62 cuadras de pistas y veredas y tres losas deportivas.

        La regidora de oposición Delia Arancibia cuestionó las cifras: «Se cuentan como obras hasta los mantenimientos de pintura». Varios dirigentes de los anexos altos reclamaron por el agua potable, que sigue sin llegar a Ayrampo.

        La audiencia duró cuatro horas. Según el informe presentado, la ejecución presupuestal del año va en 58 %.""",
        m="A R",
        t="obras",
        tone="0",
        note="mixed: the Mayor's balance contested by the opposition and residents; a reader takes away no clear verdict",
    ),
    S(
        "v023",
        "tribuna",
        "2026-11-06T09:05:00-05:00",
        "Un basural menos: el antiguo botadero de Pampa Seca será un parque",
        """El terreno de cuatro hectáreas donde hasta 2024 se quemaba la basura de medio distrito ya no humea. La municipalidad totoraleña terminó el cierre técnico del botadero de Pampa Seca, cubrió los residuos con arcilla y plantó 1 500 molles y tara.

        El Organismo de Evaluación y Fiscalización Ambiental (OEFA), que había multado al distrito en 2023, levantó la medida tras la inspección final. El espacio se abrirá como parque ecológico en marzo.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "v024",
        "tribuna",
        "2026-11-08T07:40:00-05:00",
        "Villa Totoral de Puno celebra 50 años como centro poblado",
        """El centro poblado de Villa Totoral, en el distrito de Acora (Puno), celebró su quincuagésimo aniversario con un desfile cívico y la danza de la diablada. Las autoridades comunales inauguraron un nuevo local multiusos.

        El alcalde del centro poblado, Nazario Mamani, agradeció a los residentes que llegaron desde Juliaca y Arequipa.""",
        about=False,
        note="a namesake place in Puno",
    ),
    S(
        "v025",
        "tribuna",
        "2026-11-10T08:00:00-05:00",
        "Serenos totoraleños frustran robo en ferretería y capturan a dos",
        """Una patrulla del serenazgo de Villa Totoral detuvo la madrugada del lunes a dos hombres que habían forzado la persiana de una ferretería en la avenida Los Sauces. Las cámaras del cruce con el jirón Lima alertaron a la central a las 3:12 horas.

        Los detenidos fueron entregados a la comisaría con herramientas y 4 mil soles en mercadería. «Es el tercer intento en un mes; esta vez llegaron a tiempo», dijo el propietario, Efraín Cárdenas.""",
        about=True,
        m="",
        t="seguridad",
        tone="+",
        note="about the municipal service (serenazgo) without naming the institution: no mention, still about",
    ),
    S(
        "v026",
        "tribuna",
        "2026-11-12T07:15:00-05:00",
        "Gerenta municipal de Villa Totoral renuncia en medio de investigación fiscal",
        """Maritza Olórtegui Cueva presentó ayer su renuncia al cargo de gerenta municipal de Villa Totoral, tres días después de que la Fiscalía Anticorrupción allanara la oficina de Logística de la comuna totoraleña por la compra de camionetas del serenazgo.

        El alcalde Fortunato Huaylla aceptó la renuncia «por motivos personales», según la resolución publicada. La fiscalía investiga a siete funcionarios por presunta colusión agravada.""",
        m="G I A",
        t="seguridad",
        tone="-",
    ),
    S(
        "v027",
        "tribuna",
        "2026-11-14T09:50:00-05:00",
        "El Gobierno declara en emergencia 40 distritos por déficit hídrico",
        """El Poder Ejecutivo declaró en estado de emergencia por 60 días a 40 distritos de seis regiones por peligro inminente ante déficit hídrico. En la provincia de Chancaypata están incluidos Santa Rosa de Totoral, Huancapampa y Villa Totoral.

        El decreto supremo permite a los gobiernos locales contratar cisternas y reservorios portátiles sin licitación.""",
        about=False,
        note="a national decree listing the district among forty: nothing about the municipality itself",
    ),
    S(
        "v028",
        "tribuna",
        "2026-11-16T08:10:00-05:00",
        "Amnistía: 60 % menos en multas y moras hasta el 15 de diciembre",
        """Los contribuyentes de Villa Totoral con deudas de impuesto predial o arbitrios podrán pagar sin intereses moratorios y con descuento de 60 % en multas hasta el 15 de diciembre, según la ordenanza 019-2026-MDVT publicada el sábado.

        El beneficio incluye las deudas en cobranza coactiva. La Gerencia de Administración Tributaria atenderá también los domingos de noviembre, de 9:00 a 13:00 horas.""",
        m="I",
        t="tributos",
        tone="0",
        note="'MDVT' inside an ordinance number names the institution; notice, neutral",
    ),
    S(
        "v029",
        "tribuna",
        "2026-11-19T07:35:00-05:00",
        "Un mes después, la avenida Los Sauces ya tiene grietas",
        """Treinta y ocho días después de su inauguración, el pavimento de la avenida Los Sauces presenta fisuras en al menos seis paños de concreto entre las cuadras 3 y 7, según constató este diario.

        El ingeniero civil Rómulo Vargas, consultado por La Tribuna, atribuyó las grietas a un curado deficiente del concreto. La Municipalidad Distrital de Villa Totoral informó que la garantía obliga al contratista a reparar los paños y que ya fue notificado.

        «Nos vendieron una pista de primera y se está rajando como galleta», dijo Justina Mamani, la misma bodeguera que celebró la entrega.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "v030",
        "tribuna",
        "2026-11-22T08:45:00-05:00",
        "Teniente alcalde Champi asume como encargado de la gerencia municipal",
        """Mientras se designa un reemplazo para la gerencia municipal, el teniente alcalde Teodoro Champi Laura asumirá las funciones de coordinación administrativa de la Municipalidad de Villa Totoral, según la resolución de alcaldía 412-2026.

        El concejo deberá ratificar la designación en la próxima sesión. La regidora Arancibia adelantó que votará en contra por considerar que un regidor no puede ejercer funciones ejecutivas.""",
        m="T I R",
        tone="0",
    ),
    # --- El Sol Andino: regional paper, teasers in RSS, 2009 table template with comments --------------------------------
    S(
        "v031",
        "solandino",
        "2026-10-12T10:00:00-05:00",
        "Chancaypata: distritos altos piden más ambulancias",
        """Los alcaldes de cinco distritos altoandinos de la provincia de Chancaypata pidieron al Ministerio de Salud ambulancias equipadas para trasladar emergencias obstétricas al hospital provincial, que está a tres horas de algunos anexos.

        Entre los firmantes del memorial está el alcalde de Villa Totoral, Fortunato Huaylla Mendiburu, junto a sus pares de Santa Rosa de Totoral, Huancapampa, Ccollpa y Ayaviri Chico. El ministerio respondió que evaluará el pedido en el marco del presupuesto 2027.""",
        m="A",
        t="salud",
        tone="0",
        note="joint request to the national government; neutral",
    ),
    S(
        "v032",
        "solandino",
        "2026-10-14T11:30:00-05:00",
        "Pagan 200 mil soles por un estadio que nadie usa",
        """El estadio municipal de Ayrampo, en el distrito de Villa Totoral, costó 2,4 millones de soles y se inauguró en febrero. Desde entonces se han jugado en él dos partidos. La tribuna oriental tiene rajaduras, los camerinos no tienen agua y el gras sintético se levanta en las esquinas.

        Este año la comuna totoraleña pagó además 200 mil soles en mantenimiento y vigilancia. «Los chicos siguen jugando en la loza del colegio porque el estadio está con candado», cuenta el profesor de educación física Wilfredo Soncco.

        El gerente Cutipa dijo que el cierre se debe a que el contratista no ha levantado las observaciones de la recepción.""",
        m="I U",
        t="obras",
        tone="-",
    ),
    S(
        "v033",
        "solandino",
        "2026-10-15T09:10:00-05:00",
        "Se vienen los Juegos Escolares Provinciales: inscripciones abiertas",
        """Los colegios de la provincia de Chancaypata tienen hasta el 30 de octubre para inscribir a sus delegaciones en los Juegos Escolares Provinciales, que se disputarán en noviembre en el coliseo de Chancaypata.

        Villa Totoral, campeón de vóley en la categoría infantil, buscará repetir el título con el equipo del colegio San Martín.""",
        about=False,
        note="the district's name in a school sports story",
    ),
    S(
        "v034",
        "solandino",
        "2026-10-17T12:20:00-05:00",
        "Alcalde totoraleño entrega 500 títulos de propiedad en Los Pinos",
        """Quinientas familias de la urbanización Los Pinos recibieron ayer los títulos de propiedad de sus lotes, tras un proceso de saneamiento que la Municipalidad Distrital de Villa Totoral inició en 2023 con la Cofopri.

        «Veintidós años esperando este papel; ahora sí podemos pedir un préstamo para construir el segundo piso», dijo Aquilino Poma, uno de los fundadores de la urbanización. El alcalde totoraleño anunció que en 2027 se titulará el sector de Nueva Esperanza.""",
        m="I A",
        tone="+",
        note="titling: no topic of the list",
    ),
    S(
        "v035",
        "solandino",
        "2026-10-19T08:45:00-05:00",
        "¡Qué rapidez! Dos años para cambiar un foco en el parque Túpac Amaru",
        """Hay que reconocerlo: en Villa Totoral las cosas se hacen con calma. El foco del poste central del parque Túpac Amaru se quemó en octubre de 2024 y, tras cuatro memoriales, tres visitas a la mesa de partes y una promesa del propio alcalde Huaylla en la fiesta patronal, el martes por fin llegó la grúa.

        Lástima que el foco nuevo durara dos noches. Los vecinos, que ya organizaron su propia ronda con linternas porque el parque de noche es de los fumones, han vuelto a la mesa de partes. Quizá para 2028.""",
        m="A",
        tone="-",
        note="ironic piece: praise words used sarcastically; street lighting is none of the five topics",
    ),
    S(
        "v036",
        "solandino",
        "2026-10-21T10:05:00-05:00",
        "Delia Arancibia abre su segundo restaurante en Miraflores",
        """La chef Delia Arancibia, ganadora de la última edición del concurso Sabores del Perú, inauguró en Miraflores su segundo local de cocina norteña, tras el éxito de su primera sede en Barranco.

        La carta incluye un cabrito a la chiclayana con frejoles y un arroz con pato que, según la cocinera, aprendió de su abuela en Lambayeque.""",
        about=False,
        note="namesake of the regidora (given name and first surname)",
    ),
    S(
        "v037",
        "solandino",
        "2026-10-23T11:40:00-05:00",
        "Villa Totoral pone en marcha recolección diferenciada en tres barrios",
        """Desde este lunes, los vecinos de Los Pinos, San Cristóbal y el cercado de Villa Totoral deberán sacar sus residuos en dos bolsas: una verde para orgánicos y una negra para el resto. El camión pasará por los orgánicos los lunes, miércoles y viernes.

        La Municipalidad de Villa Totoral entregará las bolsas gratis durante el primer mes. Los orgánicos irán a la planta de compost de Pampa Seca.""",
        m="I",
        t="limpieza",
        tone="0",
        note="a new service announced, with schedule: neutral",
    ),
    S(
        "v038",
        "solandino",
        "2026-10-25T09:15:00-05:00",
        "Ola de robos en Villa Totoral: comerciantes denuncian abandono",
        """En las últimas tres semanas, once tiendas de la avenida Los Sauces y del mercado central de Villa Totoral fueron asaltadas, según la asociación de comerciantes del distrito. En dos casos los delincuentes usaron armas de fuego.

        «Llamamos al serenazgo y nos dicen que la camioneta está en otro lado; la única que tienen», dijo Marleni Chuquimia, presidenta de la asociación. Los comerciantes entregaron un memorial al teniente alcalde Teodoro Champi, quien se comprometió a llevar el caso a la siguiente sesión del concejo.""",
        m="T",
        t="seguridad",
        tone="-",
    ),
    S(
        "v039",
        "solandino",
        "2026-10-27T08:00:00-05:00",
        "Alcaldesa provincial presenta plan de tránsito para Chancaypata",
        """La alcaldesa de la provincia de Chancaypata, Gladys Ormeño Tello, presentó el plan de ordenamiento del tránsito para el cercado, que incluye el cierre de tres cuadras del jirón Bolognesi al tránsito vehicular y nuevos paraderos para las combis.

        La burgomaestra pidió paciencia a los transportistas durante los primeros meses de implementación.""",
        about=False,
        note="the provincial mayor; 'la burgomaestra' is not ours",
    ),
    S(
        "v040",
        "solandino",
        "2026-10-29T10:30:00-05:00",
        "Comuna totoraleña pide a la región retomar obra de agua en Ayrampo",
        """La comuna totoraleña remitió un oficio al Gobierno Regional para que reanude la construcción del sistema de agua potable de Ayrampo, paralizada desde mayo por un arbitraje con el contratista.

        Según el documento, firmado por el alcalde Fortunato Huaylla, unas 600 familias siguen abasteciéndose de un puquial. La región informó que el arbitraje se resolverá en diciembre.""",
        m="I A",
        t="obras",
        tone="0",
        note="a regional obra; the municipality only asks: neutral",
    ),
    S(
        "v041",
        "solandino",
        "2026-11-01T09:00:00-05:00",
        "Cementerio de Villa Totoral amanece limpio y pintado para Todos los Santos",
        """Cuadrillas de limpieza de la Municipalidad Distrital de Villa Totoral retiraron 14 toneladas de desmonte y flores secas del cementerio general antes del Día de Todos los Santos, pintaron los muros y colocaron 20 puntos de agua para las familias.

        «Otros años teníamos que traer el balde desde la casa; este año hasta había baños portátiles», contó Eleuterio Chávez, que visitaba la tumba de sus padres.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "v042",
        "solandino",
        "2026-11-04T11:50:00-05:00",
        "OEFA multa a Villa Totoral por vertimientos al río",
        """El Organismo de Evaluación y Fiscalización Ambiental impuso una multa de 380 mil soles a la Municipalidad Distrital de Villa Totoral por descargar aguas residuales sin tratamiento al río Totoral desde el colector de Chacrasana.

        Según el OEFA, la planta de tratamiento del distrito opera al 30 % de su capacidad desde 2025 por falta de mantenimiento. Pescadores artesanales de la parte baja reportan mortandad de truchas desde setiembre.""",
        m="I",
        tone="-",
        note="sewage: no topic of the list",
    ),
    S(
        "v043",
        "solandino",
        "2026-11-07T08:25:00-05:00",
        "Regidora Arancibia pide auditoría a la planilla municipal",
        """La regidora de Villa Totoral Delia Arancibia Poma solicitó al órgano de control institucional una auditoría de la planilla del municipio, que según sus cálculos creció de 240 a 312 trabajadores en dos años sin concurso público.

        «Se contrata a los militantes y luego no hay plata para pagar a los barredores», sostuvo. El teniente alcalde Champi respondió que las contrataciones responden a los nuevos servicios de serenazgo y limpieza.""",
        m="R T",
        tone="-",
    ),
    S(
        "v044",
        "solandino",
        "2026-11-11T09:35:00-05:00",
        "Totoral: la feria de la papa nativa reúne a 80 productores",
        """Ochenta productores de las comunidades altas de Villa Totoral ofrecieron más de 120 variedades de papa nativa en la feria organizada por la Municipalidad de Villa Totoral y la agencia agraria.

        Las ventas superaron los 90 mil soles en dos días, el triple que el año pasado. «Ya tengo pedidos de un restaurante de Lima», dijo la productora Asunta Condori.""",
        m="I",
        tone="+",
    ),
    S(
        "v045",
        "solandino",
        "2026-11-15T10:20:00-05:00",
        "Cortes de agua en Villa Totoral por mantenimiento de reservorios",
        """La empresa prestadora de servicios de saneamiento EPS Chancaypata anunció cortes de agua en los sectores Los Pinos y San Cristóbal de Villa Totoral el martes 17 y miércoles 18 de noviembre, entre las 8:00 y las 18:00 horas, por limpieza de reservorios.

        La empresa recomendó almacenar agua y recordó que habrá cisternas en las plazas de ambos sectores.""",
        about=False,
        note="the water company's cuts in the district: no municipal angle",
    ),
    S(
        "v046",
        "solandino",
        "2026-11-18T08:30:00-05:00",
        "Sin sueldo y sin uniformes: serenos totoraleños amenazan con huelga",
        """Los 64 serenos de Villa Totoral anunciaron una huelga de brazos caídos desde el 25 de noviembre si no se les pagan los haberes de octubre, que siguen sin llegar por el embargo de las cuentas municipales.

        «Patrullamos de noche con la misma casaca de hace dos años y ahora sin sueldo», dijo el vocero del sindicato, Rubén Huarcaya. El alcalde Huaylla Mendiburu aseguró que el pago se hará esta semana.""",
        m="A",
        t="seguridad",
        tone="-",
    ),
    S(
        "v047",
        "solandino",
        "2026-11-21T09:45:00-05:00",
        "Ulises Huaylla denuncia amenazas tras clausurar discotecas",
        """El alcalde de Santa Rosa de Totoral, Ulises Huaylla Campos, denunció ante la comisaría haber recibido amenazas de muerte después de clausurar tres discotecas que funcionaban sin licencia en su distrito.

        «No vamos a retroceder», dijo el alcalde Huaylla, que pidió garantías para su vida a la Prefectura.""",
        about=False,
        note="the other Mayor Huaylla",
    ),
    S(
        "v048",
        "solandino",
        "2026-11-25T10:10:00-05:00",
        "Villa Totoral paga a sus serenos y evita la huelga",
        """La Municipalidad Distrital de Villa Totoral depositó ayer los haberes de octubre a los 64 serenos del distrito, tras el levantamiento parcial del embargo de la Sunat, y el sindicato suspendió la huelga anunciada.

        La deuda de noviembre quedará para la primera semana de diciembre, según el acta firmada con el teniente alcalde Teodoro Champi Laura.""",
        m="I T",
        t="seguridad",
        tone="0",
        note="mixed: a strike averted, a late payment still pending",
    ),
    # --- Radio Totoral 101.7 FM: news transcripts in the RSS description, date-only pubDate ------------------------------
    S(
        "v049",
        "rtotoral",
        "2026-10-12",
        "El Chato Huaylla en cabina: «El camión compactador nuevo llega en diciembre»",
        """Buenos días, querido oyente, seguimos en La Mañanera de Radio Totoral. Tenemos en cabina al alcalde del distrito, el Chato Huaylla, a quien le preguntamos por el recojo de basura en los barrios altos.

        «Compadre, ya está comprado el camión compactador, llega en diciembre, y con eso pasamos tres veces por semana por Nueva Esperanza y Ayrampo», respondió el burgomaestre. Los oyentes llamaron para decir que esa misma promesa la escucharon en marzo.""",
        m="A",
        t="limpieza",
        tone="0",
        note="radio interview: a promise and oyentes' doubts; nothing delivered, neutral",
    ),
    S(
        "v050",
        "rtotoral",
        "2026-10-14",
        "Corte de tránsito en el jirón Lima por trabajos de desagüe",
        """Atención, conductores: desde hoy y por quince días estará cerrado el jirón Lima entre la avenida Los Sauces y el jirón Ayacucho por trabajos de cambio de redes de desagüe. Las combis de la línea 3 se desviarán por el jirón Junín.

        Así lo informó la Gerencia de Desarrollo Urbano de la municipalidad totoraleña, que pidió paciencia a los vecinos.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "v051",
        "rtotoral",
        "2026-10-16",
        "Vecina de Los Pinos: «El sereno llegó antes que la policía»",
        """Doña Felícita Huamán nos llamó esta mañana muy agradecida. Anoche, a eso de las once, dos sujetos intentaron llevarse la moto de su hijo de la puerta de su casa en Los Pinos. «Llamé al número del serenazgo y en cinco minutos estaban acá los muchachos, los chicos se escaparon dejando la moto», nos contó.

        La señora pidió que se felicite a los serenos del turno noche. Queda el saludo, señores.""",
        t="seguridad",
        about=True,
        tone="+",
        note="a listener praising the municipal serenazgo; no institution named",
    ),
    S(
        "v052",
        "rtotoral",
        "2026-10-19",
        "Partido de fulbito entre regidores termina con todos en la posta",
        """Les contamos esta simpática nota: el clásico de fulbito entre el equipo de regidores y el de trabajadores de Villa Totoral terminó 7 a 6 a favor de los trabajadores, pero con tres lesionados.

        El teniente alcalde Teodoro Champi se torció el tobillo y tuvo que ser atendido en la posta; la regidora Arancibia, que hizo de árbitra, dijo entre risas que no habrá revancha hasta el próximo año. Lo recaudado, 2 300 soles, irá al comedor de Ayrampo.""",
        m="T R",
        tone="0",
        note="light anecdote; 'posta' only incidentally: no salud topic",
    ),
    S(
        "v053",
        "rtotoral",
        "2026-10-21",
        "Tres semanas sin luz en el parque de Los Pinos",
        """Otra vez nos escriben los vecinos del parque central de Los Pinos. Tres semanas sin alumbrado, dicen, y los jóvenes se juntan a tomar en las bancas. «Fuimos a la municipalidad, nos dijeron que no hay focos, que esperemos la compra», dice el mensaje.

        Hemos llamado a la oficina de imagen del municipio y hasta ahora no nos responden.""",
        about=True,
        tone="-",
        note="a complaint about a municipal service without naming the institution by a listed form",
    ),
    S(
        "v054",
        "rtotoral",
        "2026-10-23",
        "Fumigarán 1 200 viviendas contra el zancudo en la parte baja",
        """Desde el lunes, brigadas de la Municipalidad Distrital de Villa Totoral y del centro de salud fumigarán 1 200 viviendas de Chacrasana y San Cristóbal, donde se encontraron larvas del zancudo Aedes aegypti en tanques y llantas.

        No hay casos confirmados de dengue en el distrito, informó la jefa del centro de salud, licenciada Hilda Rojas, pero pidió a las familias tapar sus recipientes de agua.""",
        m="I",
        t="salud",
        tone="0",
        note="a prevention campaign announced: neutral notice",
    ),
    S(
        "v055",
        "rtotoral",
        "2026-10-26",
        "Huaylla Mendiburu: «No voy a postular a la reelección»",
        """En entrevista exclusiva con nuestra emisora, el alcalde Fortunato Huaylla Mendiburu confirmó que no buscará un segundo periodo en las elecciones municipales. «Dejo la posta a los jóvenes; yo termino mi gestión y regreso a mi chacra», dijo.

        Consultado sobre su sucesor, el Chato prefirió no dar nombres.""",
        m="A",
        tone="0",
        note="'posta' as relay baton, not health",
    ),
    S(
        "v056",
        "rtotoral",
        "2026-10-28",
        "Convocatoria: la municipalidad necesita 20 barredores",
        """Si usted está buscando trabajo, atención: la Municipalidad de Villa Totoral convoca a 20 operarios de limpieza pública bajo el régimen CAS. El sueldo es de 1 300 soles más beneficios.

        Los interesados deben presentar su currículum documentado en mesa de partes hasta el 4 de noviembre. Los requisitos están en la web del municipio.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    S(
        "v057",
        "rtotoral",
        "2026-10-30",
        "Mototaxistas reciben capacitación de la gerencia de Desarrollo Urbano",
        """Unos 150 mototaxistas de Villa Totoral participaron ayer en el taller de seguridad vial organizado por la gerencia que dirige Anselmo Cutipa Ramos. Al final recibieron chalecos reflectivos y su credencial.

        Desde enero, los mototaxis sin credencial no podrán circular por el cercado.""",
        m="U",
        tone="0",
    ),
    S(
        "v058",
        "rtotoral",
        "2026-11-02",
        "Cuarenta toneladas de basura después del feriado largo",
        """Señores, lo que dejó el feriado: 40 toneladas de residuos en el cementerio y en la plaza, según los trabajadores de limpieza, que empezaron a las cuatro de la mañana. «Hemos recogido hasta colchones», nos dijo uno de ellos.

        Para el mediodía la plaza estaba limpia. Aplausos para los barredores, que trabajaron feriado sin pago extra, nos cuentan.""",
        about=True,
        t="limpieza",
        tone="+",
        note="municipal cleaning crews praised; no institution named",
    ),
    S(
        "v059",
        "rtotoral",
        "2026-11-05",
        "Vecinos de Ayrampo siguen esperando el agua: «Nos prometieron para julio»",
        """Ya estamos en noviembre y la gente de Ayrampo sigue cargando baldes desde el puquial. El alcalde totoraleño prometió en julio que la municipalidad pondría un reservorio provisional mientras la región termina su obra. No se ha puesto ni una piedra.

        «Nuestros hijos se enferman de la barriga», nos dijo doña Cirila Mamani por teléfono.""",
        m="A",
        t="obras",
        tone="-",
        note="a broken promise told through facts",
    ),
    S(
        "v060",
        "rtotoral",
        "2026-11-09",
        "Horario de atención de la plataforma tributaria en noviembre",
        """La plataforma de atención al contribuyente de la comuna totoraleña atenderá en noviembre de lunes a viernes de 8:00 a 16:30 y los sábados y domingos de 9:00 a 13:00 horas, por la campaña de amnistía.

        Se recomienda llevar el último recibo de pago del impuesto predial.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "v061",
        "rtotoral",
        "2026-11-13",
        "Ronda con la policía: detienen a banda que robaba ganado",
        """La Policía detuvo a cuatro integrantes de la banda Los Malditos de la Puna, acusados de robar ganado en tres provincias. La captura se produjo en la carretera a Huancapampa, fuera del distrito.

        Según la policía, la banda operaba desde 2024 y vendía la carne en mercados de Lima.""",
        about=False,
        note="a police operation outside the district: no municipal angle, 'robar ganado' keyword trap",
    ),
    S(
        "v062",
        "rtotoral",
        "2026-11-17",
        "Más de 3 000 contribuyentes se acogen a la amnistía en su primera semana",
        """Buenas noticias para la caja municipal: en la primera semana de la amnistía tributaria, 3 140 vecinos de Villa Totoral regularizaron sus deudas y la municipalidad recaudó 610 mil soles, más que en todo el tercer trimestre.

        Con ese dinero, dijo la Gerencia de Administración Tributaria, se pagarán los sueldos atrasados de serenos y barredores.""",
        about=True,
        t="tributos",
        tone="+",
        note="bare 'la municipalidad' and a gerencia: about, no mention",
    ),
    S(
        "v063",
        "rtotoral",
        "2026-11-20",
        "Regidora Delia Arancibia presenta moción de vacancia contra el alcalde",
        """La regidora de oposición Delia Arancibia Poma presentó ante el concejo una solicitud de vacancia contra el alcalde Fortunato Huaylla por presunto nepotismo: su sobrino trabaja como jefe de almacén desde marzo.

        El alcalde negó los cargos en nuestra emisora: «Es mi sobrino político, no hay parentesco de ley». El concejo debe votar en un plazo de treinta días hábiles.""",
        m="R A",
        tone="-",
    ),
    S(
        "v064",
        "rtotoral",
        "2026-11-24",
        "Campaña de despistaje de diabetes este domingo",
        """Este domingo 29 de noviembre habrá despistaje gratuito de diabetes y presión arterial en la plaza de armas, de 8 de la mañana a 1 de la tarde. Organizan el centro de salud de Villa Totoral y el club de leones.

        Se recomienda ir en ayunas.""",
        about=False,
        note="a health campaign by the health centre and a club; the municipality is not involved",
    ),
    S(
        "v065",
        "rtotoral",
        "2026-11-27",
        "Concejo rechaza vacancia del Chato Huaylla por siete votos contra dos",
        """Por siete votos contra dos, el concejo municipal de Villa Totoral declaró infundada la solicitud de vacancia contra el alcalde Fortunato «Chato» Huaylla. Solo votaron a favor la regidora Delia Arancibia y un regidor de su bancada.

        La regidora anunció que apelará ante el Jurado Nacional de Elecciones.""",
        m="A R",
        tone="0",
    ),
    # --- Chancaypata TV Canal 4: newscast transcripts in Atom, UTC times near midnight ------------------------------------
    S(
        "v066",
        "ctv",
        "2026-10-13T03:40:00Z",
        "Incendio consume depósito de reciclaje en Villa Totoral",
        """Buenas noches. Un incendio de grandes proporciones consumió esta tarde un depósito de material reciclable en el sector San Cristóbal de Villa Totoral. Cuatro compañías de bomberos trabajaron durante tres horas para controlar el fuego.

        No hubo heridos. El local pertenecía a una empresa privada que, según los vecinos, acumulaba plásticos sin licencia de funcionamiento desde hace dos años. Los bomberos pidieron a las autoridades fiscalizar este tipo de depósitos.""",
        about=False,
        note="a private fire; a call to unnamed «autoridades» does not make it about the municipality",
    ),
    S(
        "v067",
        "ctv",
        "2026-10-15T04:15:00Z",
        "Alcalde de Villa Totoral inaugura losa deportiva en San Cristóbal",
        """Con un partido de vóley entre madres de familia, el alcalde de Villa Totoral, Fortunato Huaylla Mendiburu, inauguró esta tarde la losa multiusos del sector San Cristóbal, con tribunas, iluminación y cerco perimétrico.

        La obra demandó una inversión de 390 mil soles. Los vecinos agradecieron, aunque pidieron que se les asigne un vigilante para evitar que la losa se convierta en punto de reunión de pandilleros por las noches.""",
        m="A",
        t="obras",
        tone="+",
    ),
    S(
        "v068",
        "ctv",
        "2026-10-18T02:30:00Z",
        "Accidente en la carretera Central deja tres muertos",
        """Tres personas murieron y doce resultaron heridas cuando un bus interprovincial se despistó a la altura del kilómetro 212 de la carretera Central. Los heridos fueron trasladados al hospital de Chancaypata.

        Entre las víctimas hay un comerciante de Villa Totoral, según confirmó la policía.""",
        about=False,
    ),
    S(
        "v069",
        "ctv",
        "2026-10-20T04:50:00Z",
        "Reportaje: los niños que estudian junto al botadero",
        """Nuestro equipo llegó hasta el colegio 20145 de Nueva Esperanza, en Villa Totoral, donde los alumnos reciben clases con las ventanas cerradas. A cincuenta metros, un terreno baldío se ha convertido en un basural donde se arrojan desechos de todo el distrito.

        «Los chicos se marean, tenemos casos de alergias y diarreas», nos dijo la directora, Zenaida Lozano. Los padres han enviado seis oficios a la Municipalidad Distrital de Villa Totoral desde enero. Ninguno ha sido respondido.""",
        m="I",
        t="limpieza salud",
        tone="-",
    ),
    S(
        "v070",
        "ctv",
        "2026-10-22T03:05:00Z",
        "Champi: «La seguridad no es solo del serenazgo, es de todos»",
        """En nuestro set conversamos con el teniente alcalde de Villa Totoral, Teodoro Champi Laura, quien explicó el plan distrital de seguridad ciudadana para 2027. El plan prevé juntas vecinales en cada cuadra, alarmas comunitarias y talleres en colegios.

        Champi reconoció que el distrito tiene solo un sereno por cada 1 800 habitantes, cuando lo recomendable es uno por cada mil.""",
        m="T",
        t="seguridad",
        tone="0",
    ),
    S(
        "v071",
        "ctv",
        "2026-10-25T04:20:00Z",
        "Villa Totoral: vecinos denuncian cobros indebidos de arbitrios a terrenos sin construir",
        """Decenas de propietarios de terrenos sin construir en Villa Totoral recibieron recibos de arbitrios de serenazgo y recojo de residuos por 2026, pese a que la ordenanza vigente exonera a los lotes vacíos.

        «Me cobran por recoger basura de un terreno donde no vive nadie», dijo Heriberto Salas, que recibió un recibo por 640 soles. La Municipalidad de Villa Totoral reconoció un error del sistema y anunció que anulará los recibos, pero los vecinos afirman que la plataforma sigue cobrándolos.

        Según la oficina de tributación, el error afecta a unos 900 predios.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "v072",
        "ctv",
        "2026-10-28T03:55:00Z",
        "Santa Rosa de Totoral: dengue obliga a cerrar colegio",
        """La Dirección Regional de Salud confirmó nueve casos de dengue en Santa Rosa de Totoral, lo que obligó a suspender las clases en el colegio Santa Rosa por una semana para fumigar sus instalaciones.

        El alcalde Ulises Huaylla pidió al Ministerio de Salud el envío de una brigada de control vectorial.""",
        about=False,
        note="dengue in the neighbouring district, its Mayor Huaylla: no topic for us",
    ),
    S(
        "v073",
        "ctv",
        "2026-10-31T04:35:00Z",
        "Municipio totoraleño y universidad firman convenio para prácticas profesionales",
        """La Municipalidad Distrital de Villa Totoral y la Universidad Nacional de Chancaypata firmaron un convenio que permitirá a 40 estudiantes de ingeniería y contabilidad hacer sus prácticas en el municipio totoraleño.

        La gerenta municipal Maritza Olórtegui dijo que los practicantes recibirán una subvención mensual.""",
        m="I G",
        tone="0",
    ),
    S(
        "v074",
        "ctv",
        "2026-11-03T03:20:00Z",
        "Dos horas de cola para pagar el predial: vecinos reclaman",
        """Desde las seis de la mañana se formaron largas colas en la sede de la Municipalidad de Villa Totoral. Muchos vecinos esperaron más de dos horas bajo el sol para pagar su impuesto predial antes de que venciera el plazo.

        Solo funcionaban dos de las cinco ventanillas. «Tres personas en la ventanilla y cincuenta en la cola; así nadie quiere pagar», reclamó un jubilado.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "v075",
        "ctv",
        "2026-11-06T04:05:00Z",
        "Gerente Cutipa: «El puente Chacrasana vehicular se licita en enero»",
        """El gerente de Desarrollo Urbano de Villa Totoral, Anselmo Cutipa Ramos, confirmó en nuestro noticiero que el expediente técnico del puente vehicular de Chacrasana fue aprobado y que la licitación se convocará en enero.

        El puente, de 60 metros, reemplazará al badén que cada verano deja aisladas a unas 2 000 personas.""",
        m="U",
        t="obras",
        tone="0",
    ),
    S(
        "v076",
        "ctv",
        "2026-11-09T02:45:00Z",
        "Chato Huaylla cierra gira en Trujillo con lleno total",
        """El arpista Fortunato «Chato» Huaylla y Los Cóndores de Ancash cerraron anoche en Trujillo la etapa norteña de su gira de aniversario. El público no dejó que se fuera sin tocar «Cholita huaracina» tres veces.

        La gira continuará en diciembre en Arequipa y Cusco.""",
        about=False,
        note="namesake harpist; 'Chato Huaylla' is one of the office's aliases",
    ),
    S(
        "v077",
        "ctv",
        "2026-11-12T04:30:00Z",
        "Fiscalía allana municipalidad de Villa Totoral",
        """Fiscales anticorrupción y agentes de la policía allanaron esta tarde la oficina de Logística de la Municipalidad Distrital de Villa Totoral. Se llevaron archivadores y dos computadoras relacionados con la compra de camionetas para el serenazgo.

        La diligencia duró cinco horas. El alcalde Fortunato Huaylla dijo a la prensa que su gestión colaborará con las investigaciones y que «el que nada debe, nada teme».""",
        m="I A",
        t="seguridad",
        tone="-",
    ),
    S(
        "v078",
        "ctv",
        "2026-11-16T03:50:00Z",
        "Villa Totoral: nuevas luminarias en la bajada de Quebrada Honda",
        """Tras los reiterados robos de cables en la bajada de Quebrada Honda, la comuna totoraleña instaló 35 luminarias solares que no necesitan cableado. Los vecinos ya transitan de noche por la zona.

        «Antes bajábamos en grupo y con palo; ahora las señoras vuelven solas del mercado», dijo el dirigente Aurelio Quispe.""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "v079",
        "ctv",
        "2026-11-20T04:25:00Z",
        "Ministra de Salud visita hospital provincial y anuncia nueva torre",
        """La ministra de Salud visitó el hospital provincial de Chancaypata y anunció la construcción de una nueva torre de hospitalización de 120 camas, con una inversión de 98 millones de soles.

        La ministra recorrió la emergencia, donde pacientes de toda la provincia esperan hasta doce horas por una cama.""",
        about=False,
    ),
    S(
        "v080",
        "ctv",
        "2026-11-24T03:35:00Z",
        "Llueve en Villa Totoral y el jirón Ayacucho vuelve a inundarse",
        """Bastaron veinte minutos de lluvia para que el jirón Ayacucho de Villa Totoral volviera a convertirse en un río. El agua entró a una decena de casas y a la farmacia de la esquina.

        La zanja de la obra de drenaje pluvial, abierta desde julio, se llenó de lodo. «Nos dijeron que el drenaje estaría antes de las lluvias; ya llegaron las lluvias y el drenaje no», dijo la vecina Olinda Cáceres. Los trabajos están detenidos desde hace tres semanas.""",
        about=True,
        t="obras",
        tone="-",
        note="the municipality's unfinished drainage obra; no institution named",
    ),
    S(
        "v081",
        "ctv",
        "2026-11-28T04:10:00Z",
        "Villa Totoral encenderá su árbol de Navidad el 5 de diciembre",
        """La plaza de armas de Villa Totoral encenderá su árbol navideño el sábado 5 de diciembre a las 19:00 horas. La Municipalidad Distrital de Villa Totoral anunció además un pasacalle con las instituciones educativas y la presentación de coros.

        El árbol, de doce metros, está hecho con botellas recicladas por los colegios del distrito.""",
        m="I",
        tone="0",
    ),
    # --- Agencia Peruana de Información: national agency, Atom ------------------------------------------------------------
    S(
        "v082",
        "api",
        "2026-10-13T14:20:00-05:00",
        "MEF transfiere S/ 120 millones a 300 municipios para mantenimiento vial",
        """El Ministerio de Economía y Finanzas (MEF) autorizó una transferencia de 120 millones de soles a 300 gobiernos locales para el mantenimiento de caminos vecinales, según el decreto supremo publicado hoy.

        Los montos van de 80 mil a 1,5 millones de soles. En la región, los mayores beneficiarios son las provincias de Chancaypata y Huancapampa.""",
        about=False,
    ),
    S(
        "v083",
        "api",
        "2026-10-16T10:45:00-05:00",
        "Villa Totoral, el distrito andino que recicla el 30 % de sus residuos",
        """En un país donde apenas el 2 % de los residuos sólidos municipales se recicla, un distrito andino de 38 mil habitantes se ha convertido en un caso de estudio. Villa Totoral, en la provincia de Chancaypata, recupera el 30 % de lo que recolecta gracias a una planta de compost y a 45 recicladoras formalizadas.

        El Ministerio del Ambiente incluyó la experiencia de la Municipalidad Distrital de Villa Totoral entre las diez buenas prácticas de gestión local de 2026. «Empezamos con dos cilindros y una carretilla», recordó su alcalde, Fortunato Huaylla Mendiburu.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "v084",
        "api",
        "2026-10-20T12:10:00-05:00",
        "Contraloría: 40 % de obras municipales en la sierra están paralizadas",
        """Un informe de la Contraloría General de la República revela que 4 de cada 10 obras ejecutadas por municipalidades de la sierra están paralizadas, principalmente por deficiencias en los expedientes técnicos y arbitrajes con contratistas.

        El estudio analizó 1 800 obras en 11 regiones. Las municipalidades distritales concentran el 70 % de los casos.""",
        about=False,
        note="national report on municipal obras, our district not named",
    ),
    S(
        "v085",
        "api",
        "2026-10-24T09:30:00-05:00",
        "Sunat embarga cuentas de municipalidad andina por deuda de S/ 3,4 millones",
        """La Sunat ejecutó el embargo de cuentas bancarias de la Municipalidad Distrital de Villa Totoral (Chancaypata) por una deuda tributaria de 3,4 millones de soles en aportes y retenciones no pagadas.

        Según la entidad recaudadora, la comuna acumula la deuda desde 2023. El embargo afecta el pago de sueldos de más de 300 trabajadores.""",
        m="I",
        tone="-",
        note="the municipality's debt to Sunat: 'deuda tributaria' but not tributos municipales (no topic)",
    ),
    S(
        "v086",
        "api",
        "2026-10-29T11:00:00-05:00",
        "Minsa alerta incremento de casos de dengue en la sierra central",
        """El Centro Nacional de Epidemiología del Ministerio de Salud alertó un incremento de 40 % en los casos de dengue en provincias de la sierra central durante octubre, asociado a temperaturas más altas de lo normal.

        Las provincias con más casos son Huancapampa y Chancaypata. El ministerio enviará 20 brigadas de fumigación.""",
        about=False,
    ),
    S(
        "v087",
        "api",
        "2026-11-02T15:40:00-05:00",
        "Premian a municipio andino por reducir la anemia infantil",
        """El Ministerio de Desarrollo e Inclusión Social entregó el premio Sello Municipal a la Municipalidad Distrital de Villa Totoral, en la región andina de Chancaypata, por reducir la anemia infantil en 12 puntos porcentuales en un año.

        La ceremonia se realizó en Lima. Recibió la distinción el teniente alcalde Teodoro Champi Laura, en representación del alcalde.""",
        m="I T",
        t="salud",
        tone="+",
    ),
    S(
        "v088",
        "api",
        "2026-11-08T13:15:00-05:00",
        "JNE publica cronograma de elecciones regionales y municipales",
        """El Jurado Nacional de Elecciones publicó el cronograma de las Elecciones Regionales y Municipales, que incluye la fecha límite para la renuncia de autoridades que quieran postular a otro cargo.

        Los alcaldes que postulen a un cargo regional deberán pedir licencia sin goce de haber treinta días antes de los comicios.""",
        about=False,
    ),
    S(
        "v089",
        "api",
        "2026-11-12T16:30:00-05:00",
        "Fiscalía investiga compra de camionetas en municipio de Chancaypata",
        """La Fiscalía Especializada en Delitos de Corrupción de Funcionarios de Chancaypata allanó la Municipalidad Distrital de Villa Totoral en el marco de una investigación por presunta colusión en la compra de cuatro camionetas para el serenazgo, valorizadas en 1,1 millones de soles.

        Siete funcionarios están comprendidos en la investigación. El municipio no ha emitido pronunciamiento.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "v090",
        "api",
        "2026-11-18T10:20:00-05:00",
        "Gobierno amplía plazo para que municipios actualicen catastro",
        """El Ministerio de Vivienda amplió hasta junio de 2027 el plazo para que las municipalidades actualicen su catastro urbano, requisito para acceder a los incentivos del Programa de Incentivos a la Mejora de la Gestión Municipal vinculados al impuesto predial.

        Solo 230 de las 1 890 municipalidades del país han cumplido la meta.""",
        about=False,
        note="'impuesto predial' in a national story",
    ),
    S(
        "v091",
        "api",
        "2026-11-23T12:45:00-05:00",
        "Alcaldes de Chancaypata marchan a Lima por el presupuesto",
        """Alcaldes de los seis distritos de la provincia de Chancaypata llegaron hoy a Lima para exigir al Congreso que se respete el monto del Fondo de Compensación Municipal en el presupuesto 2027, que según afirman se reduce en 18 %.

        «Con este recorte no podremos pagar ni el recojo de basura», dijo el alcalde de Villa Totoral, Fortunato Huaylla Mendiburu, quien encabezó la delegación junto a la alcaldesa provincial, Gladys Ormeño Tello.""",
        m="A",
        tone="0",
        note="the Mayor protesting against the national budget: neutral toward us, no topic",
    ),
    S(
        "v092",
        "api",
        "2026-11-27T09:55:00-05:00",
        "Rondas y serenazgo: el modelo de Villa Totoral que quiere replicar el Mininter",
        """El Ministerio del Interior anunció que replicará en 50 distritos rurales el modelo de patrullaje mixto entre serenos y rondas campesinas que desarrolla el municipio totoraleño desde 2025.

        En los anexos altos de Villa Totoral, los robos de ganado bajaron de 46 a 7 en un año, según la comisaría del distrito. El viceministro de Seguridad Pública visitó la central de Quebrada Honda y se reunió con el teniente alcalde Teodoro Champi.""",
        m="I T",
        t="seguridad",
        tone="+",
    ),
    # --- Perú Hoy Noticias: national site, full text with «se publicó primero en», blog template --------------------------
    S(
        "v093",
        "perhoy",
        "2026-10-12T13:00:00-05:00",
        "Los cinco destinos andinos para visitar en el feriado largo",
        """Si planea escaparse de Lima en el feriado de noviembre, la sierra central ofrece paisajes, comida y fiestas para todos los gustos. Recomendamos la laguna de Paca, los nevados de Huancapampa y las aguas termales de Villa Totoral, donde los baños de Aguas Calientes abren hasta medianoche.

        No olvide su casaca: por las noches, las temperaturas bajan hasta 2 grados.""",
        about=False,
        note="travel piece naming the place",
    ),
    S(
        "v094",
        "perhoy",
        "2026-10-15T08:20:00-05:00",
        "Alcalde vs. regidora: pelea en sesión de concejo se vuelve viral",
        """Un video grabado durante la sesión del concejo municipal de Villa Totoral, en la sierra central, se ha vuelto viral en redes sociales. En él se ve al alcalde Fortunato Huaylla Mendiburu arrebatarle el micrófono a la regidora Delia Arancibia Poma mientras ella pedía explicaciones sobre una obra de drenaje.

        «Aquí no se viene a hacer show», se escucha decir al burgomaestre. El video suma más de dos millones de reproducciones. La Defensoría del Pueblo pidió respeto a la participación de las mujeres en la política local.""",
        m="A R",
        tone="-",
    ),
    S(
        "v095",
        "perhoy",
        "2026-10-19T17:45:00-05:00",
        "¿Quién es el Chato Huaylla, el alcalde del video viral?",
        """Fortunato Huaylla Mendiburu tiene 58 años, es ingeniero agrónomo y fue dirigente de la federación de regantes antes de ganar la alcaldía de Villa Totoral en 2022 con el 31 % de los votos. En el distrito le dicen el Chato desde que jugaba de volante en el club Deportivo Totoral.

        Sus partidarios destacan las obras de pavimentación; sus críticos, su trato con la oposición. «Es un hombre trabajador pero de mecha corta», resume un exregidor.""",
        m="A",
        tone="0",
        note="profile, balanced",
    ),
    S(
        "v096",
        "perhoy",
        "2026-10-23T09:30:00-05:00",
        "Receta: pachamanca a la olla como en la sierra",
        """La pachamanca a la olla es la versión casera del plato más emblemático de los Andes. Necesitará carne de cerdo, pollo y cordero, papas, habas, humitas y un buen aderezo de huacatay y chincho.

        Una cocinera de Villa Totoral nos compartió su secreto: dejar macerar las carnes toda la noche en chicha de jora.""",
        about=False,
    ),
    S(
        "v097",
        "perhoy",
        "2026-10-27T11:10:00-05:00",
        "Defensoría recibe 300 quejas contra municipios por cobros de arbitrios",
        """La Defensoría del Pueblo informó que recibió 300 quejas en 2026 por cobros indebidos de arbitrios en municipalidades de todo el país. Entre los casos más recientes figura el de Villa Totoral, donde unos 900 lotes sin construir recibieron recibos por servicios que no se prestan.

        La Defensoría recomendó a la Municipalidad Distrital de Villa Totoral anular los recibos y devolver lo cobrado.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "v098",
        "perhoy",
        "2026-11-01T10:00:00-05:00",
        "Un arpa y cuarenta años: el Chato Huaylla llega al Gran Teatro Nacional",
        """El 12 de diciembre, el arpista Fortunato Huaylla, «el Chato», subirá al escenario del Gran Teatro Nacional con Los Cóndores de Ancash para celebrar cuatro décadas de música andina. Las entradas ya están a la venta.

        El repertorio incluirá huainos, mulizas y un homenaje a los arpistas ciegos de Ancash.""",
        about=False,
        note="namesake harpist with full given name, surname and nickname",
    ),
    S(
        "v099",
        "perhoy",
        "2026-11-05T14:25:00-05:00",
        "Pequeño distrito, gran ejemplo: Villa Totoral pagó a tiempo a sus proveedores todo el año",
        """En un contexto donde cientos de municipios deben meses a sus proveedores, un informe del MEF destaca que la Municipalidad Distrital de Villa Totoral pagó el 100 % de sus órdenes de compra dentro de los 30 días durante 2026.

        Cabe recordar, sin embargo, que esa misma municipalidad tiene hoy sus cuentas embargadas por la Sunat por una deuda de 3,4 millones de soles y que sus serenos siguen esperando el sueldo de octubre. Ejemplo, sí. ¿De qué, exactamente?""",
        m="I",
        tone="-",
        note="ironic: a praise headline undercut by the text",
    ),
    S(
        "v100",
        "perhoy",
        "2026-11-09T08:50:00-05:00",
        "Las municipalidades que más invierten por habitante en la sierra",
        """Según la consulta amigable del MEF, las municipalidades distritales de la sierra que más invirtieron por habitante en 2026 son Ccollpa (2 300 soles), Ayaviri Chico (1 900) y Villa Totoral (1 750). El promedio nacional es de 620 soles.

        La Municipalidad de Villa Totoral ha ejecutado a la fecha el 74 % de su presupuesto de inversiones, por encima del promedio regional de 51 %.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "v101",
        "perhoy",
        "2026-11-13T12:35:00-05:00",
        "Otra vez Huaylla: alcalde de distrito andino denuncia amenazas",
        """El alcalde de Santa Rosa de Totoral, en la provincia de Chancaypata, volvió a denunciar amenazas tras un operativo contra locales nocturnos informales. Ulises Huaylla Campos dijo que su familia recibió mensajes con fotos de su casa.

        No debe confundirse con el alcalde de Villa Totoral, su vecino de distrito, con quien no tiene parentesco.""",
        m="A",
        about=False,
        note="the other Mayor's story; ours is named only to tell them apart ('el alcalde de Villa Totoral' = title plus place)",
    ),
    S(
        "v102",
        "perhoy",
        "2026-11-17T09:15:00-05:00",
        "Villa Totoral: la obra que tardó seis años y se terminó en seis meses",
        """El mercado de abastos de Chacrasana empezó a construirse en 2019 y fue abandonado por dos contratistas. En mayo, la Municipalidad de Villa Totoral resolvió el último contrato, ejecutó la obra por administración directa y la entregó el sábado: 96 puestos, cámara frigorífica y servicios higiénicos.

        «Seis años vendimos en la calle, con lluvia y con polvo», dijo la comerciante Eudocia Rivas, que recibió la llave del puesto 14. El gerente de Desarrollo Urbano, Anselmo Cutipa, estimó que se ahorraron 700 mil soles frente al presupuesto original.""",
        m="I U",
        t="obras",
        tone="+",
    ),
    S(
        "v103",
        "perhoy",
        "2026-11-21T15:05:00-05:00",
        "Suspenden clases en colegio de Villa Totoral por plaga de pulgas",
        """La UGEL Chancaypata suspendió por cinco días las clases en el colegio 20145 de Nueva Esperanza, en Villa Totoral, tras una plaga de pulgas y roedores que se atribuye al basural contiguo al local escolar.

        Según la directora, el municipio no ha atendido los pedidos de limpieza del terreno presentados desde enero. La comuna totoraleña informó que programó el recojo para esta semana.""",
        m="I",
        t="limpieza salud",
        tone="-",
    ),
    S(
        "v104",
        "perhoy",
        "2026-11-26T07:40:00-05:00",
        "Tres alcaldes de la sierra, entre los más aprobados del país",
        """La última encuesta de Ipsos Perú sobre gestión municipal en ciudades intermedias ubica a tres alcaldes distritales de la sierra entre los diez más aprobados. Entre ellos figura Fortunato Huaylla Mendiburu, de Villa Totoral, con 61 % de aprobación.

        El alcalde totoraleño destaca por la percepción de obras y limpieza; su punto débil es la seguridad, donde solo 34 % aprueba su gestión.""",
        m="A",
        tone="+",
        note="poll: mostly favourable",
    ),
    # --- El Fiscalizador Vecinal: a residents' watchdog blog, teasers in RSS, pages fetched -------------------------------
    S(
        "v105",
        "fiscalizador",
        "2026-10-13T21:10:00-05:00",
        "Lo que el acta no dice: la recepción de Los Sauces",
        """Revisamos el acta de recepción de la avenida Los Sauces que la Municipalidad Distrital de Villa Totoral exhibe como prueba de una obra terminada antes de plazo. El acta tiene fecha 9 de octubre, pero el cuaderno de obra registra trabajos de vaciado de concreto hasta el 8 en la noche. Un concreto de un día no se recepciona.

        Además, el comité de recepción lo integró el mismo gerente de Desarrollo Urbano, Anselmo Cutipa Ramos, que aprobó las valorizaciones. Preguntamos: ¿quién controla al controlador?

        Hemos pedido por transparencia los ensayos de resistencia del concreto. Plazo de ley: diez días hábiles. Contamos.""",
        m="I U",
        t="obras",
        tone="-",
    ),
    S(
        "v106",
        "fiscalizador",
        "2026-10-18T20:30:00-05:00",
        "Transparencia: la municipalidad sí respondió (y a tiempo)",
        """Para ser justos: el pedido de información que hicimos el 2 de octubre sobre los contratos de alquiler de volquetes fue respondido por la comuna totoraleña el día 9, con todos los documentos y sin cobrar las copias. Es la primera vez en cuatro años que recibimos una respuesta completa dentro del plazo.

        Los contratos, por cierto, están en orden. Los publicamos completos para quien quiera revisarlos.""",
        m="I",
        tone="+",
        note="a watchdog praising the municipality; volquetes contract mentioned but story is about transparency: no topic",
    ),
    S(
        "v107",
        "fiscalizador",
        "2026-10-22T22:15:00-05:00",
        "Los números del predial: quién paga y quién no",
        """Con datos del portal de transparencia, armamos la lista de los 20 mayores deudores del impuesto predial en Villa Totoral. Suman 2,1 millones de soles. Entre ellos hay dos empresas constructoras que tienen contratos vigentes con la municipalidad y una gasolinera de propiedad de un exregidor.

        El contribuyente de a pie, mientras tanto, paga puntual: el 68 % de los predios de vivienda está al día.""",
        about=True,
        t="tributos",
        tone="-",
        note="about the municipality's tax collection; bare 'la municipalidad'",
    ),
    S(
        "v108",
        "fiscalizador",
        "2026-10-27T19:45:00-05:00",
        "Agenda ciudadana: audiencia pública de rendición de cuentas",
        """La audiencia pública de rendición de cuentas del segundo semestre será el martes 3 de noviembre a las 17:00 horas en el coliseo municipal. Los vecinos que quieran intervenir deben inscribirse en mesa de partes de la Municipalidad de Villa Totoral hasta el 30 de octubre.

        Recomendamos llevar preguntas por escrito: en la audiencia anterior solo se leyeron las que llegaron en papel.""",
        m="I",
        tone="0",
    ),
    S(
        "v109",
        "fiscalizador",
        "2026-11-02T21:40:00-05:00",
        "Buena noticia que nadie cuenta: el comedor de Ayrampo ya tiene cocina",
        """Pasó sin bombos ni platillos. La semana pasada, los técnicos de la Gerencia de Desarrollo Urbano instalaron en el comedor popular de Ayrampo una cocina mejorada, un lavadero y un tanque de agua de 2 500 litros. Las madres del comedor llevaban dos años cocinando con leña en el patio.

        «Ya no lloramos por el humo», nos dijo la presidenta del comedor, doña Benita Quispe. Costo: 38 mil soles. Así sí.""",
        about=True,
        tone="+",
        note="praise of a municipal office's work; no listed form used",
    ),
    S(
        "v110",
        "fiscalizador",
        "2026-11-07T20:05:00-05:00",
        "La gerenta y las camionetas: cronología de una compra",
        """Reconstruimos, con documentos, la compra de las cuatro camionetas del serenazgo. 12 de junio: la gerenta municipal Maritza Olórtegui aprueba el requerimiento. 14 de junio: se publica la convocatoria con un plazo de tres días. 17 de junio: se presenta un solo postor. 20 de junio: se firma el contrato por 1,1 millones.

        El mismo postor, según Sunarp, se constituyó como empresa el 2 de junio. Que cada lector saque sus conclusiones.""",
        m="G",
        t="seguridad",
        tone="-",
    ),
    S(
        "v111",
        "fiscalizador",
        "2026-11-14T22:50:00-05:00",
        "Vacancia: lo que dice la ley y lo que dice el concejo",
        """La solicitud de vacancia presentada por la regidora Arancibia contra el alcalde Huaylla por nepotismo se votará este mes. Explicamos qué dice la Ley Orgánica de Municipalidades: el parentesco debe ser hasta el cuarto grado de consanguinidad o segundo de afinidad, y debe probarse que el alcalde intervino en la contratación.

        No tomamos partido. Solo recordamos que el concejo tiene 30 días hábiles y que la decisión puede apelarse ante el JNE.""",
        m="R A",
        tone="0",
    ),
    S(
        "v112",
        "fiscalizador",
        "2026-11-23T21:25:00-05:00",
        "Villa Totoral en Puno no es Villa Totoral en Chancaypata",
        """Varios lectores nos enviaron una nota sobre irregularidades en «Villa Totoral». Aclaramos: se trata del centro poblado homónimo de Puno, cuyas autoridades comunales son investigadas por el manejo de un fondo de riego.

        Nada que ver con nuestro distrito.""",
        about=False,
        note="namesake place, explicit",
    ),
    S(
        "v113",
        "fiscalizador",
        "2026-11-28T20:40:00-05:00",
        "Contamos: 41 días y los ensayos del concreto no llegan",
        """Hace 41 días pedimos los ensayos de resistencia del concreto de la avenida Los Sauces. La Municipalidad Distrital de Villa Totoral no ha respondido, pese a que el plazo venció el 27 de octubre. Presentamos la queja ante la Autoridad Nacional de Transparencia.

        Mientras tanto, las grietas ya son nueve paños.""",
        m="I",
        t="obras",
        tone="-",
    ),
    # --- Totoral al Instante: district site without a feed, followed through its section page ----------------------------
    S(
        "v114",
        "instante",
        "2026-10-12T16:00:00-05:00",
        "Barrido de calles ahora también los domingos en el cercado",
        """Desde este domingo, el cercado de Villa Totoral contará con barrido de calles también los fines de semana. La Subgerencia de Limpieza Pública de la municipalidad totoraleña incorporó un turno dominical con doce barredores.

        Los comerciantes de la plaza lo venían pidiendo desde el año pasado.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "v115",
        "instante",
        "2026-10-17T11:30:00-05:00",
        "Inscripciones para talleres de verano en la casa de la cultura",
        """La casa de la cultura de Villa Totoral abrió las inscripciones para los talleres vacacionales de enero y febrero: danza, teatro, ajedrez, tejido y fútbol. Las inscripciones son en la oficina de la Subgerencia de Educación de la Municipalidad Distrital de Villa Totoral y cuestan 20 soles por taller.

        Los cupos son limitados.""",
        m="I",
        tone="0",
    ),
    S(
        "v116",
        "instante",
        "2026-10-24T09:45:00-05:00",
        "Robo en la iglesia de San Cristóbal: se llevan candelabros de plata",
        """Desconocidos ingresaron la madrugada del viernes a la iglesia de San Cristóbal y se llevaron dos candelabros de plata del siglo XVIII y la alcancía. El párroco, padre Gervasio Ñahui, presentó la denuncia en la comisaría.

        Los fieles organizan una colecta para reforzar la puerta de la sacristía.""",
        about=False,
        note="a robbery at the parish with no municipal angle",
    ),
    S(
        "v117",
        "instante",
        "2026-10-30T14:20:00-05:00",
        "Veredas rotas: la cuadra 2 del jirón Junín, un peligro",
        """Los vecinos de la cuadra 2 del jirón Junín denuncian que las veredas están levantadas por las raíces de los ficus desde hace tres años. Dos adultos mayores se han fracturado la cadera este año.

        «Hemos pedido la reparación al municipio totoraleño cinco veces», dijo la vecina Cristina Apaza, que muestra los cargos de sus solicitudes.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "v118",
        "instante",
        "2026-11-04T10:10:00-05:00",
        "Vacunación casa por casa contra el sarampión",
        """Brigadas del centro de salud de Villa Totoral y promotoras de la municipalidad recorrerán desde el lunes las viviendas de Nueva Esperanza y Ayrampo para vacunar contra el sarampión a niños de 1 a 5 años.

        Los padres deben tener a la mano el carné de vacunación.""",
        about=True,
        t="salud",
        tone="0",
        note="joint campaign, bare 'la municipalidad'",
    ),
    S(
        "v119",
        "instante",
        "2026-11-10T18:35:00-05:00",
        "Chato Huaylla visita a los damnificados del incendio de San Cristóbal",
        """El alcalde Fortunato Huaylla visitó ayer a las cuatro familias que perdieron sus viviendas en el incendio de San Cristóbal y entregó frazadas, colchones y víveres de la Municipalidad de Villa Totoral.

        Las familias permanecen en el local comunal. El alcalde se comprometió a gestionar módulos de vivienda ante el Ministerio de Vivienda.""",
        m="A I",
        tone="+",
    ),
    S(
        "v120",
        "instante",
        "2026-11-16T12:00:00-05:00",
        "Equipo de vóley de Villa Totoral, campeón provincial",
        """Las chicas del colegio San Martín de Villa Totoral se coronaron campeonas provinciales de vóley en la categoría infantil, tras vencer 3-1 a Santa Rosa de Totoral en la final. Viajarán a la etapa regional en diciembre.

        La entrenadora, profesora Nélida Cusi, agradeció a los padres de familia que financiaron los pasajes.""",
        about=False,
    ),
    S(
        "v121",
        "instante",
        "2026-11-20T15:50:00-05:00",
        "Tres meses sin recojo en la parte alta de Ayrampo",
        """Los vecinos de la parte alta de Ayrampo aseguran que el camión recolector no sube desde agosto. Queman sus residuos en las chacras o los arrojan a la quebrada.

        «Nos dicen que la trocha está mala para el compactador. Entonces que manden un volquete, pero que manden algo», reclamó el presidente comunal, Eustaquio Lima. La Municipalidad Distrital de Villa Totoral no respondió a nuestras consultas.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "v122",
        "instante",
        "2026-11-26T10:25:00-05:00",
        "Regidor Champi presenta ordenanza contra ruidos molestos",
        """El regidor Champi, teniente alcalde de Villa Totoral, presentó al concejo un proyecto de ordenanza que fija multas de hasta 2 UIT a locales que superen los 60 decibeles después de las 22:00 horas.

        El proyecto será debatido en comisión antes de llegar al pleno.""",
        m="T",
        tone="0",
    ),
    # --- Red Regional Noticias: regional aggregator, full text; its own stories first ------------------------------------
    S(
        "v123",
        "redreg",
        "2026-10-14T15:30:00-05:00",
        "Huancapampa: alcalde inaugura planta de tratamiento de residuos",
        """El alcalde provincial de Huancapampa, Remigio Tacuri, inauguró una planta de segregación de residuos sólidos que procesará 25 toneladas diarias. Es la primera de su tipo en la provincia.

        La planta fue financiada por el Ministerio del Ambiente con 4 millones de soles.""",
        about=False,
        note="another province's waste plant",
    ),
    S(
        "v124",
        "redreg",
        "2026-10-21T12:15:00-05:00",
        "Región declara en emergencia a cuatro distritos por heladas",
        """El Gobierno Regional declaró en emergencia a cuatro distritos de las provincias de Chancaypata y Huancapampa por heladas que ya causaron la muerte de 1 200 alpacas. Entre ellos están Ccollpa y las comunidades altas de Villa Totoral.

        La región distribuirá kits de abrigo y forraje en las próximas dos semanas.""",
        about=False,
    ),
    S(
        "v125",
        "redreg",
        "2026-10-26T08:35:00-05:00",
        "La MDVT reparte 3 000 kits de abrigo en las comunidades altas",
        """Ante las heladas, la MDVT distribuyó 3 000 kits de abrigo —frazadas, casacas polares y gorros— en las comunidades de Ayrampo, Quebrada Honda y Pucará, además de 40 toneladas de forraje para el ganado.

        «Esta vez llegaron antes que la helada fuerte; otros años llegaban en agosto», dijo el presidente de la comunidad de Pucará, Anacleto Huarancca.""",
        m="I",
        tone="+",
    ),
    S(
        "v126",
        "redreg",
        "2026-11-03T13:45:00-05:00",
        "Villa Totoral: teniente alcalde confunde cifras en audiencia y desata risas",
        """La audiencia de rendición de cuentas de Villa Totoral tuvo un momento inesperado cuando el teniente alcalde Teodoro Champi Laura anunció que el distrito tenía «380 serenos», cuando en realidad son 64. Tras la corrección de un asesor, el regidor pidió disculpas entre risas del público.

        La audiencia continuó con preguntas sobre el agua de Ayrampo.""",
        m="T",
        tone="-",
        note="a public gaffe on the serenazgo's size: bad press even if told lightly",
    ),
    S(
        "v127",
        "redreg",
        "2026-11-10T09:20:00-05:00",
        "Comerciantes del mercado central de Villa Totoral estrenan techo",
        """Los 220 comerciantes del mercado central de Villa Totoral ya no venden bajo plásticos. La municipalidad totoraleña terminó el cambio de la cobertura metálica, con canaletas para la lluvia y paneles traslúcidos.

        «Este es el primer diciembre en veinte años en que no se nos mojará la mercadería», dijo la presidenta de la asociación, Marleni Chuquimia.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "v128",
        "redreg",
        "2026-11-19T16:05:00-05:00",
        "Exgerenta municipal de Villa Totoral con impedimento de salida",
        """El Poder Judicial dictó seis meses de impedimento de salida del país contra la exgerenta municipal de Villa Totoral Maritza Olórtegui Cueva y otros cuatro exfuncionarios, investigados por la compra de camionetas del serenazgo.

        La defensa de Olórtegui calificó la medida de «desproporcionada» y anunció que apelará.""",
        m="G",
        t="seguridad",
        tone="-",
    ),
    # --- more from La Tribuna and El Sol Andino ---------------------------------------------------------------------------
    S(
        "v129",
        "tribuna",
        "2026-11-24T07:05:00-05:00",
        "Villa Totoral cierra noviembre con cero homicidios por tercer mes seguido",
        """Por tercer mes consecutivo, Villa Totoral no registró homicidios, según el reporte de la comisaría del distrito. Los robos en vía pública bajaron de 58 en agosto a 31 en noviembre.

        El comisario, mayor PNP Eduardo Ramírez, atribuyó la mejora al trabajo conjunto con el serenazgo de la Municipalidad Distrital de Villa Totoral y a las cámaras del jirón Lima.""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "v130",
        "tribuna",
        "2026-11-25T09:30:00-05:00",
        "Opinión: El alcalde que no escucha",
        """Conocí a Fortunato Huaylla cuando dirigía a los regantes y lo respeté por su terquedad. La misma terquedad que hoy, en el sillón municipal, lo lleva a arrebatar micrófonos, a ignorar a la oposición y a firmar sin leer lo que le pone delante una gerencia que terminó allanada por la fiscalía.

        Villa Totoral tiene pistas nuevas, no hay duda. Pero una gestión también se mide por cómo trata a quienes le piden cuentas. En eso, el Chato reprueba.""",
        m="A",
        tone="-",
        note="opinion column; concedes the roads but the verdict is negative",
    ),
    S(
        "v131",
        "tribuna",
        "2026-11-26T08:10:00-05:00",
        "Gobierno Regional incumple por tercera vez el plazo de la carretera a Ayrampo",
        """El Gobierno Regional volvió a postergar la entrega del asfaltado de la carretera Villa Totoral–Ayrampo, esta vez hasta abril de 2027. La obra, de 28 millones de soles, lleva 14 meses de retraso.

        El alcalde de Villa Totoral, Fortunato Huaylla Mendiburu, calificó la demora de «burla a los comuneros» y pidió la intervención de la Contraloría.""",
        m="A",
        tone="0",
        note="bad news about the regional government; our Mayor complains: neutral toward us, not our obra",
    ),
    S(
        "v132",
        "tribuna",
        "2026-11-27T07:50:00-05:00",
        "Arbitrios 2027: descuento de 50 % para adultos mayores",
        """El concejo municipal de Villa Totoral aprobó por unanimidad un descuento de 50 % en los arbitrios de 2027 para los adultos mayores que sean propietarios de un único predio destinado a vivienda.

        El beneficio debe solicitarse en la Gerencia de Administración Tributaria hasta el 31 de marzo, con copia del DNI y declaración jurada. Se estima que beneficiará a 1 100 contribuyentes.""",
        about=True,
        t="tributos",
        tone="+",
        note="a benefit approved by the concejo: favourable news; institution not named",
    ),
    S(
        "v133",
        "solandino",
        "2026-11-27T11:15:00-05:00",
        "Anselmo Cutipa, el ingeniero que dice no a las adendas",
        """En la oficina del gerente de Desarrollo Urbano de Villa Totoral hay un letrero escrito a mano: «Adendas, solo con informe técnico». Anselmo Cutipa Ramos lleva dos años en el cargo y se precia de no haber aprobado ninguna ampliación de plazo sin sustento.

        Sus críticos le recuerdan la recepción apresurada de Los Sauces. Él responde que las grietas las paga el contratista y no el vecino.""",
        m="U",
        t="obras",
        tone="0",
        note="profile with praise and criticism",
    ),
    S(
        "v134",
        "solandino",
        "2026-11-28T10:40:00-05:00",
        "Totoral Fútbol Club asciende a la Copa Perú regional",
        """El Totoral Fútbol Club venció 2-0 al Deportivo Ccollpa y clasificó a la etapa regional de la Copa Perú por primera vez en su historia. Los goles fueron de Jhonatan Huaylla y Elmer Soto.

        La hinchada celebró hasta la madrugada en la plaza de armas.""",
        about=False,
        note="a footballer surnamed Huaylla",
    ),
    S(
        "v135",
        "tribuna",
        "2026-10-18T16:20:00-05:00",
        "Villa Totoral recibe 40 motos para el patrullaje integrado",
        """El Ministerio del Interior entregó 40 motocicletas a la comisaría de Villa Totoral para el patrullaje integrado con el serenazgo distrital. La municipalidad totoraleña se encargará del combustible y el mantenimiento.

        El teniente alcalde Teodoro Champi recibió las unidades junto al comisario del distrito.""",
        m="I T",
        t="seguridad",
        tone="0",
        note="a donation by the national government received; the municipality's share is routine",
    ),
    S(
        "v136",
        "tribuna",
        "2026-11-01T11:30:00-05:00",
        "Retiran a ambulantes de la plaza de Villa Totoral",
        """Fiscalizadores de la Municipalidad Distrital de Villa Totoral retiraron ayer a unos 60 vendedores ambulantes de la plaza de armas en cumplimiento de la nueva ordenanza. Hubo forcejeos y dos comerciantes resultaron con contusiones leves.

        Los comerciantes piden ser reubicados en la explanada del mercado. La municipalidad ofreció 40 puestos temporales.""",
        m="I",
        tone="0",
        note="an enforcement with scuffles and an offer: mixed, neutral",
    ),
    S(
        "v137",
        "tribuna",
        "2026-11-20T08:40:00-05:00",
        "En Villa Totoral pagar el predial ya toma cinco minutos",
        """Con la nueva plataforma en línea del municipio totoraleño, el 40 % de los contribuyentes pagó su impuesto predial de la cuarta cuota sin ir a la municipalidad. En la sede, el tiempo de espera bajó de dos horas a quince minutos con las tres ventanillas nuevas.

        «Pagué desde el celular en la chacra», dijo el agricultor Ignacio Tupa.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    S(
        "v138",
        "solandino",
        "2026-10-30T12:00:00-05:00",
        "Villa Totoral: concejo aprueba presupuesto participativo 2027",
        """El concejo municipal de Villa Totoral aprobó el presupuesto participativo 2027 por 8,4 millones de soles, que financiará 14 proyectos priorizados por los agentes participantes: cinco de agua y saneamiento, cuatro de pistas y veredas, tres de seguridad ciudadana y dos de salud.

        La regidora Delia Arancibia se abstuvo por considerar que los anexos altos quedaron relegados.""",
        m="R",
        t="obras",
        tone="0",
    ),
    S(
        "v139",
        "redreg",
        "2026-11-06T10:00:00-05:00",
        "Gerenta Olórtegui responde: «Todo se hizo conforme a ley»",
        """En un comunicado difundido a través de sus redes, la gerenta municipal de Villa Totoral, Maritza Olórtegui Cueva, negó irregularidades en la compra de camionetas para el serenazgo. «El proceso se hizo conforme a la Ley de Contrataciones y las unidades serán entregadas completas», escribió.

        La funcionaria anunció que se pondrá a disposición de la fiscalía.""",
        m="G",
        t="seguridad",
        tone="0",
        note="an official's denial; the scandal is the backdrop: neutral",
    ),
    S(
        "v140",
        "api",
        "2026-11-30T11:20:00-05:00",
        "Ranking de recaudación: distritos andinos que más cobran su predial",
        """La Municipalidad Distrital de Villa Totoral elevó su recaudación del impuesto predial de 1,2 a 2,6 millones de soles entre 2024 y 2026, según el ranking del MEF, el mayor crecimiento de la región.

        Los especialistas atribuyen el salto a la actualización del catastro y al pago en línea.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    # --- more originals: radio, TV, the agency, the daily -----------------------------------------------------------------
    S(
        "v141",
        "rtotoral",
        "2026-11-29",
        "Ya llegó el compactador: el recojo sube a Nueva Esperanza tres veces por semana",
        """Cumplió, señores. Esta mañana vimos con nuestros propios ojos el camión compactador nuevo subiendo por la calle Los Claveles de Nueva Esperanza. El vehículo, de 15 metros cúbicos, costó 620 mil soles y desde el lunes hará la ruta de los barrios altos los lunes, miércoles y viernes.

        «En octubre nos reíamos cuando el Chato dijo que llegaba; ahora nos toca aplaudir», nos dijo entre risas la señora Eulalia Pari, vecina de la zona.""",
        m="A",
        t="limpieza",
        tone="+",
    ),
    S(
        "v142",
        "ctv",
        "2026-10-30T03:15:00Z",
        "Vecinos de Villa Totoral limpian el río en jornada con el municipio",
        """Más de 400 voluntarios, entre escolares, rondas y trabajadores de la Municipalidad Distrital de Villa Totoral, retiraron esta mañana 9 toneladas de plásticos y llantas de las riberas del río Totoral, en un tramo de cuatro kilómetros.

        La gerenta municipal Maritza Olórtegui anunció que la jornada se repetirá cada tres meses y que se instalarán letreros con multas para quienes arrojen desechos.""",
        m="I G",
        t="limpieza",
        tone="+",
    ),
    S(
        "v143",
        "ctv",
        "2026-11-18T04:40:00Z",
        "Posta de Chacrasana ya tiene médico de noche, pagado por la municipalidad",
        """Cumpliendo lo anunciado, desde el 15 de noviembre la posta médica de Chacrasana cuenta con un médico en el turno de noche, contratado por la Municipalidad de Villa Totoral mientras la Red de Salud completa su plantilla.

        En la primera semana se atendieron 63 pacientes nocturnos, entre ellos dos partos. «Ya no tenemos que bajar a Chancaypata en la madrugada», dijo la vecina Rosaura Ticona.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "v144",
        "api",
        "2026-11-04T14:50:00-05:00",
        "Villa Totoral instala 12 módulos de vigilancia con energía solar",
        """Doce módulos de vigilancia con paneles solares, cámaras y botón de pánico funcionan desde esta semana en los paraderos de Villa Totoral. La inversión municipal fue de 560 mil soles.

        Según el serenazgo, en los primeros cinco días los botones se activaron 14 veces y en todos los casos una patrulla llegó en menos de ocho minutos. El proyecto fue promovido por el teniente alcalde Teodoro Champi Laura.""",
        m="T",
        t="seguridad",
        tone="+",
    ),
    S(
        "v145",
        "tribuna",
        "2026-10-25T08:25:00-05:00",
        "Escuela de fútbol municipal: 600 niños entrenan gratis",
        """Seiscientos niños y niñas de Villa Totoral entrenan gratis tres veces por semana en la escuela de fútbol municipal, que abrió su segunda sede en Ayrampo. Los entrenadores son exfutbolistas del club Deportivo Totoral.

        «Mi hijo antes pasaba la tarde en la cabina de internet; ahora llega cansado y con hambre», dice su madre, Feliciana Torres. La escuela es financiada por la Municipalidad Distrital de Villa Totoral con 120 mil soles al año.""",
        m="I",
        tone="+",
    ),
    S(
        "v146",
        "solandino",
        "2026-11-09T09:05:00-05:00",
        "Villa Totoral: crean centro de rehabilitación para personas con discapacidad",
        """La Municipalidad de Villa Totoral inauguró el primer centro de terapia física y de lenguaje del distrito, que atenderá gratuitamente a 200 personas con discapacidad registradas en la Omaped.

        «Antes viajábamos cuatro horas a Huancapampa para una sesión de media hora», contó Ofelia Navarro, madre de un niño con parálisis cerebral. El centro tiene dos terapeutas y equipos donados por una ONG alemana.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "v147",
        "perhoy",
        "2026-11-29T10:30:00-05:00",
        "Villa Totoral: la plaza que recuperaron los vecinos",
        """Hace un año, la plaza de San Cristóbal era un punto de venta de droga y un basural nocturno. Hoy hay juegos infantiles, una losa, vigilancia de serenos hasta la medianoche y un quiosco de emolientes.

        La remodelación la hizo el municipio totoraleño con los propios vecinos, que pusieron la mano de obra los domingos. «Ahora los niños juegan hasta las nueve», cuenta la dirigente Yolanda Chipana.""",
        m="I",
        t="seguridad obras",
        tone="+",
    ),
    S(
        "v148",
        "tribuna",
        "2026-11-13T18:20:00-05:00",
        "Constructora de Los Sauces repara las grietas sin costo",
        """El consorcio Vial Sauces inició la demolición y reposición de los nueve paños agrietados de la avenida Los Sauces, en cumplimiento de la garantía exigida por la Municipalidad Distrital de Villa Totoral. Los trabajos durarán dos semanas y no tendrán costo para el municipio.

        El gerente Cutipa informó que el consorcio deberá presentar nuevos ensayos de resistencia antes de la liquidación de la obra.""",
        m="I U",
        t="obras",
        tone="0",
        note="a defect being fixed under warranty: mixed, neutral",
    ),
    S(
        "v149",
        "ctv",
        "2026-11-26T04:15:00Z",
        "Tributo y salud: arbitrios financiarán dos ambulancias",
        """El concejo de Villa Totoral aprobó que el 10 % de lo recaudado por la amnistía tributaria se destine a comprar dos ambulancias para las postas de Ayrampo y Chacrasana. Con lo recaudado hasta hoy, 1,3 millones de soles, el dinero alcanza para ambas.

        La compra se hará en enero, informó la Municipalidad Distrital de Villa Totoral.""",
        m="I",
        t="tributos salud",
        tone="+",
    ),
    S(
        "v150",
        "redreg",
        "2026-11-14T09:40:00-05:00",
        "Padres toman colegio de Nueva Esperanza por el basural vecino",
        """Un centenar de padres de familia tomó ayer el colegio 20145 de Nueva Esperanza, en Villa Totoral, para exigir que se retire el basural contiguo. Portaban carteles con la frase «Educación sí, basura no».

        El alcalde Fortunato Huaylla Mendiburu llegó por la tarde y se comprometió a limpiar el terreno en 72 horas y a cercarlo. Los padres dijeron que levantarán la medida solo cuando vean las máquinas.""",
        m="A",
        t="limpieza",
        tone="-",
    ),
    S(
        "v151",
        "redreg",
        "2026-11-18T17:10:00-05:00",
        "Retiran 120 toneladas del basural de Nueva Esperanza y lo cercan",
        """En 60 horas, cinco volquetes y un cargador frontal de la Municipalidad Distrital de Villa Totoral retiraron 120 toneladas de residuos del terreno contiguo al colegio 20145 de Nueva Esperanza. El lugar fue cercado con malla y se colocó un letrero de prohibición.

        Los padres de familia levantaron la toma del colegio. «Cumplieron, hay que decirlo», admitió la presidenta de la Apafa, Tomasa Illanes. Las clases se reanudan el lunes tras la fumigación.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "v152",
        "solandino",
        "2026-11-23T08:55:00-05:00",
        "Villa Totoral y Santa Rosa se unen para un relleno sanitario compartido",
        """Los alcaldes de Villa Totoral, Fortunato Huaylla Mendiburu, y de Santa Rosa de Totoral, Ulises Huaylla Campos —que no son parientes, aclararon entre risas—, firmaron un convenio para construir un relleno sanitario compartido en la pampa de Huancaní.

        El expediente técnico costará 800 mil soles y será financiado a medias. La obra se postulará al programa de residuos sólidos del Ministerio del Ambiente en 2027.""",
        m="A",
        t="limpieza",
        tone="0",
        note="both Mayors Huaylla in one story: only ours counts",
    ),
    S(
        "v153",
        "api",
        "2026-11-20T15:30:00-05:00",
        "Conoce la sierra de Chancaypata: aguas termales y papa nativa",
        """A cinco horas de Lima, la provincia de Chancaypata ofrece aguas termales, lagunas altoandinas y una gastronomía basada en más de 300 variedades de papa nativa. En el distrito de Villa Totoral, los baños de Aguas Calientes abren todos los días desde las 5 de la mañana.

        La mejor época para visitarla es de mayo a octubre.""",
        about=False,
    ),
    S(
        "v154",
        "tribuna",
        "2026-11-28T08:05:00-05:00",
        "Villa Totoral, el primer distrito de la provincia en cerrar su botadero",
        """Con la llegada del segundo compactador y el cierre definitivo del botadero de Pampa Seca, Villa Totoral se convirtió en el primer distrito de Chancaypata que no arroja residuos a cielo abierto. Todo lo recolectado va ahora a la planta de compost o a la celda transitoria de Huancaní, que cumple las normas sanitarias.

        El alcalde Fortunato «Chato» Huaylla pidió a los demás distritos de la provincia sumarse al relleno sanitario compartido.""",
        m="A",
        t="limpieza",
        tone="+",
    ),
    S(
        "v155",
        "rtotoral",
        "2026-11-12",
        "Gerenta Olórtegui deja el cargo: «Me voy con la conciencia tranquila»",
        """En conversación con nuestra emisora, la exgerenta municipal Maritza Olórtegui confirmó su renuncia y dijo que se va «con la conciencia tranquila». Negó haber direccionado la compra de camionetas del serenazgo.

        «Le he dado dos años a este distrito; ahora que la justicia diga lo suyo», afirmó.""",
        m="G",
        t="seguridad",
        tone="-",
        note="resignation amid the investigation: negative for the municipality despite her own words",
    ),
    S(
        "v156",
        "instante",
        "2026-11-29T09:15:00-05:00",
        "Mercado de Chacrasana: primer mes con ventas récord",
        """Las 96 comerciantes del nuevo mercado de Chacrasana cerraron su primer mes con ventas que, según su asociación, duplican lo que vendían en la calle. La afluencia de compradores de Santa Rosa de Totoral ha obligado a ampliar el horario hasta las 19:00 horas.

        La administración del mercado está a cargo de la municipalidad totoraleña, que cobra 3 soles diarios por puesto.""",
        m="I",
        tone="+",
    ),
    S(
        "v157",
        "perhoy",
        "2026-11-24T11:50:00-05:00",
        "Municipios de la sierra deben 800 millones a la Sunat",
        """Las municipalidades distritales de la sierra acumulan deudas por 800 millones de soles con la Sunat por aportes a EsSalud y ONP no pagados, según un informe de la Contraloría. El 40 % de los municipios tiene alguna cuenta embargada.

        El presidente de la Asociación de Municipalidades del Perú pidió un régimen de fraccionamiento especial.""",
        about=False,
    ),
    S(
        "v158",
        "ctv",
        "2026-11-30T03:30:00Z",
        "Cierre de noviembre: alcalde totoraleño anuncia pago de gratificaciones",
        """El alcalde totoraleño anunció esta noche en nuestra señal que los trabajadores municipales recibirán su gratificación de diciembre completa el día 15, gracias a lo recaudado en la amnistía tributaria y al fraccionamiento de la deuda con la Sunat.

        Los serenos, sin embargo, recordaron que aún se les debe la segunda quincena de noviembre.""",
        m="A",
        tone="0",
        note="'el alcalde totoraleño' = title plus demonym of the place; mixed news",
    ),
    S(
        "v159",
        "api",
        "2026-10-22T10:10:00-05:00",
        "Alcaldesa provincial de Chancaypata denuncia recorte en obras de agua",
        """La alcaldesa provincial de Chancaypata, Gladys Ormeño Tello, denunció que el Ministerio de Vivienda recortó 12 millones de soles de las transferencias para obras de agua y saneamiento en la provincia.

        «Los distritos más pobres se quedan sin agua para financiar obras en Lima», dijo la burgomaestra.""",
        about=False,
    ),
    S(
        "v160",
        "solandino",
        "2026-11-13T09:50:00-05:00",
        "Vecinos de Los Pinos: «El serenazgo pasa, pero solo de día»",
        """En la urbanización Los Pinos de Villa Totoral, los vecinos han instalado rejas en seis pasajes con su propio dinero. Dicen que las patrullas del serenazgo pasan tres veces en la mañana y ninguna después de las diez de la noche, cuando ocurren los robos.

        «A las doce de la noche le robaron el celular a mi hija en la esquina; llamamos y nos dijeron que no había unidad», contó Maximiliana Rojas. El teniente alcalde Champi dijo que se reforzará el turno noche en diciembre.""",
        m="T",
        t="seguridad",
        tone="-",
    ),
    # --- syndicated copies: Red Regional republishes with new headlines, leads and credit lines; others pick up -----------
    C(
        "v161",
        "v001",
        "redreg",
        "2026-10-12T15:20:00-05:00",
        "Los Sauces ya tiene pista: 14 cuadras entregadas antes de plazo",
        extra="Fuente: La Tribuna de Chancaypata.",
    ),
    C(
        "v162",
        "v003",
        "redreg",
        "2026-10-14T08:10:00-05:00",
        "Nueva Esperanza, una semana con la basura en la puerta",
        lead="""Vecinos del asentamiento humano Nueva Esperanza, en Villa Totoral, denuncian que el camión recolector no pasa desde hace siete días y que las bolsas llegan ya a la altura de las ventanas de la calle Los Claveles.""",
    ),
    C(
        "v163",
        "v004",
        "redreg",
        "2026-10-14T16:30:00-05:00",
        "Santa Rosa de Totoral ya tiene mercado modelo",
        extra="Con información de La Tribuna de Chancaypata.",
    ),
    C(
        "v164",
        "v005",
        "api",
        "2026-10-15T13:40:00-05:00",
        "Distrito andino instalará 40 cámaras de videovigilancia",
    ),
    C(
        "v165",
        "v010",
        "perhoy",
        "2026-10-21T09:10:00-05:00",
        "Serenos y ronderos: en esta zona de la sierra ya no roban ganado",
    ),
    C(
        "v166",
        "v013",
        "redreg",
        "2026-10-23T14:05:00-05:00",
        "Alcalde Huaylla Mendiburu: «La región no pone un sol para el reservorio»",
    ),
    C(
        "v167",
        "v014",
        "redreg",
        "2026-10-24T16:45:00-05:00",
        "Embargo de la Sunat deja sin sueldo a 312 trabajadores municipales de Villa Totoral",
        lead="""Trescientos doce trabajadores de la Municipalidad Distrital de Villa Totoral no cobraron su sueldo de octubre después de que la Sunat embargara dos cuentas del municipio totoraleño por una deuda de 3,4 millones de soles en aportes previsionales y retenciones impagas desde 2023.""",
        extra="Fuente: La Tribuna de Chancaypata.",
    ),
    C(
        "v168",
        "v016",
        "ctv",
        "2026-10-28T03:25:00Z",
        "Escolares de Chacrasana ya cruzan el río por un puente",
    ),
    C(
        "v169",
        "v020",
        "api",
        "2026-11-02T18:05:00-05:00",
        "Villa Totoral reduce la anemia infantil en 12 puntos en un año",
        lead="""Villa Totoral, distrito de la provincia andina de Chancaypata, redujo la anemia en niños de 6 a 35 meses de 41 % a 29 % en un año, la mayor caída de la provincia según la Dirección Regional de Salud.""",
    ),
    C(
        "v170",
        "v021",
        "redreg",
        "2026-11-04T09:30:00-05:00",
        "Camionetas del serenazgo, caras y sin circulinas",
        extra="Fuente: La Tribuna de Chancaypata.",
    ),
    C(
        "v171",
        "v022",
        "ctv",
        "2026-11-06T03:40:00Z",
        "Rendición de cuentas: el alcalde dice 70 %, la oposición duda",
    ),
    C(
        "v172",
        "v023",
        "perhoy",
        "2026-11-07T10:15:00-05:00",
        "De botadero humeante a parque ecológico: el caso de Pampa Seca",
    ),
    C(
        "v173",
        "v026",
        "api",
        "2026-11-12T11:20:00-05:00",
        "Renuncia gerenta municipal de distrito andino investigado por compra de camionetas",
    ),
    C(
        "v174",
        "v026",
        "redreg",
        "2026-11-12T13:55:00-05:00",
        "Cae la gerenta: Olórtegui deja la MDVT tras el allanamiento",
        extra="Con información de La Tribuna de Chancaypata.",
    ),
    C(
        "v175",
        "v028",
        "redreg",
        "2026-11-16T12:30:00-05:00",
        "Villa Totoral lanza amnistía tributaria hasta el 15 de diciembre",
    ),
    C(
        "v176",
        "v029",
        "solandino",
        "2026-11-19T14:40:00-05:00",
        "Avenida Los Sauces: grietas a poco más de un mes de inaugurada",
    ),
    C(
        "v177",
        "v032",
        "redreg",
        "2026-10-15T10:20:00-05:00",
        "Estadio de Ayrampo: 2,4 millones y con candado",
        extra="Fuente: El Sol Andino.",
    ),
    C(
        "v178",
        "v042",
        "api",
        "2026-11-05T09:45:00-05:00",
        "OEFA sanciona a municipio andino con S/ 380 mil por contaminar río",
    ),
    C(
        "v179",
        "v046",
        "tribuna",
        "2026-11-19T07:20:00-05:00",
        "Serenos de Villa Totoral anuncian huelga por sueldos impagos",
    ),
    C(
        "v180",
        "v049",
        "tribuna",
        "2026-10-13T08:10:00-05:00",
        "Alcalde Huaylla promete compactador para diciembre",
        lead="""En entrevista con Radio Totoral, el alcalde de Villa Totoral, Fortunato Huaylla Mendiburu, aseguró que el nuevo camión compactador ya está comprado y llegará en diciembre para atender el recojo de basura en los barrios altos.""",
    ),
    C(
        "v181",
        "v063",
        "solandino",
        "2026-11-21T08:20:00-05:00",
        "Piden vacancia del alcalde de Villa Totoral por nepotismo",
    ),
    C(
        "v182",
        "v065",
        "redreg",
        "2026-11-27T15:10:00-05:00",
        "Concejo salva al alcalde Huaylla de la vacancia",
        extra="Fuente: Radio Totoral 101.7 FM.",
    ),
    C(
        "v183",
        "v069",
        "perhoy",
        "2026-10-21T08:30:00-05:00",
        "Estudiar junto a un basural: la denuncia de un colegio andino",
    ),
    C(
        "v184",
        "v075",
        "tribuna",
        "2026-11-07T08:30:00-05:00",
        "Puente vehicular de Chacrasana se licitará en enero",
    ),
    C(
        "v185",
        "v077",
        "redreg",
        "2026-11-12T09:10:00-05:00",
        "Allanan la Municipalidad de Villa Totoral por compra de camionetas",
        extra="Fuente: Chancaypata TV Canal 4.",
    ),
    C(
        "v186",
        "v083",
        "redreg",
        "2026-10-17T08:45:00-05:00",
        "Minam destaca reciclaje de Villa Totoral entre las diez mejores prácticas",
    ),
    C(
        "v187",
        "v083",
        "tribuna",
        "2026-10-17T07:05:00-05:00",
        "Villa Totoral, ejemplo nacional de reciclaje",
        lead="""La Municipalidad Distrital de Villa Totoral figura entre las diez buenas prácticas de gestión local de 2026 del Ministerio del Ambiente: el distrito recupera el 30 % de los residuos sólidos que recolecta, cuando el promedio del país apenas llega al 2 %.""",
        extra="(Con información de la Agencia Peruana de Información)",
    ),
    C(
        "v188",
        "v087",
        "solandino",
        "2026-11-03T10:00:00-05:00",
        "Sello Municipal para Villa Totoral por su lucha contra la anemia",
    ),
    C(
        "v189",
        "v092",
        "redreg",
        "2026-11-27T14:20:00-05:00",
        "Mininter llevará a 50 distritos el patrullaje mixto de Villa Totoral",
    ),
    C(
        "v190",
        "v092",
        "ctv",
        "2026-11-28T03:10:00Z",
        "El modelo totoraleño de seguridad se exporta a todo el país",
    ),
    C(
        "v191",
        "v094",
        "redreg",
        "2026-10-15T15:35:00-05:00",
        "Viral: alcalde de Villa Totoral le quita el micrófono a regidora",
        extra="Fuente: Perú Hoy Noticias.",
    ),
    C(
        "v192",
        "v097",
        "tribuna",
        "2026-10-28T08:15:00-05:00",
        "Defensoría pide a Villa Totoral anular cobros de arbitrios a lotes vacíos",
    ),
    C(
        "v193",
        "v102",
        "redreg",
        "2026-11-17T16:00:00-05:00",
        "Chacrasana estrena mercado después de seis años de abandono",
    ),
    C(
        "v194",
        "v103",
        "redreg",
        "2026-11-21T17:40:00-05:00",
        "Pulgas y roedores cierran colegio junto al basural de Nueva Esperanza",
        extra="Fuente: Perú Hoy Noticias.",
    ),
    C(
        "v195",
        "v105",
        "redreg",
        "2026-10-14T11:05:00-05:00",
        "Blog vecinal cuestiona el acta de recepción de Los Sauces",
        lead="""El blog El Fiscalizador Vecinal revisó el acta de recepción de la avenida Los Sauces que la Municipalidad Distrital de Villa Totoral exhibe como prueba de una obra terminada antes de plazo: el acta tiene fecha 9 de octubre, pero el cuaderno de obra registra vaciados de concreto hasta el 8 en la noche.""",
    ),
    C(
        "v196",
        "v121",
        "rtotoral",
        "2026-11-21",
        "Ayrampo alto, tres meses sin que suba el recolector",
    ),
    C(
        "v197",
        "v128",
        "tribuna",
        "2026-11-20T07:30:00-05:00",
        "Impedimento de salida para exgerenta Olórtegui",
    ),
    C(
        "v198",
        "v129",
        "ctv",
        "2026-11-25T03:50:00Z",
        "Tres meses sin homicidios en Villa Totoral",
    ),
    C(
        "v199",
        "v131",
        "redreg",
        "2026-11-26T14:25:00-05:00",
        "Carretera a Ayrampo: la región vuelve a incumplir",
        extra="Fuente: La Tribuna de Chancaypata.",
    ),
    C(
        "v200",
        "v141",
        "redreg",
        "2026-11-30T09:00:00-05:00",
        "Nueva Esperanza recibe al camión compactador",
        lead="""El nuevo camión compactador de la Municipalidad Distrital de Villa Totoral empezó a subir a Nueva Esperanza: el vehículo, de 15 metros cúbicos y 620 mil soles, hará la ruta de los barrios altos los lunes, miércoles y viernes, como había anunciado el alcalde Fortunato Huaylla.""",
        m="A I",
    ),
    C(
        "v201",
        "v143",
        "tribuna",
        "2026-11-18T08:25:00-05:00",
        "Chacrasana ya tiene médico de noche",
    ),
    C(
        "v202",
        "v151",
        "ctv",
        "2026-11-19T04:05:00Z",
        "Retiran el basural de Nueva Esperanza: padres levantan la toma",
    ),
    C(
        "v203",
        "v154",
        "redreg",
        "2026-11-28T13:15:00-05:00",
        "Adiós al botadero: Villa Totoral ya no quema su basura",
        extra="Fuente: La Tribuna de Chancaypata.",
    ),
    C(
        "v204",
        "v147",
        "redreg",
        "2026-11-29T15:50:00-05:00",
        "San Cristóbal: de punto de droga a plaza familiar",
    ),
    C(
        "v205",
        "v125",
        "api",
        "2026-10-26T15:10:00-05:00",
        "Municipio andino entrega 3 000 kits de abrigo ante heladas",
    ),
    C(
        "v206",
        "v091",
        "tribuna",
        "2026-11-24T07:10:00-05:00",
        "Huaylla encabeza marcha de alcaldes en Lima contra recorte",
    ),
    C(
        "v207",
        "v152",
        "tribuna",
        "2026-11-24T09:35:00-05:00",
        "Los dos Huaylla firman convenio por un relleno sanitario",
    ),
    C(
        "v208",
        "v076",
        "redreg",
        "2026-11-09T12:00:00-05:00",
        "Lleno total para el Chato Huaylla y sus Cóndores en Trujillo",
        extra="Fuente: Chancaypata TV Canal 4.",
    ),
    C(
        "v209",
        "v002",
        "instante",
        "2026-10-14T10:00:00-05:00",
        "Recuerde: la cuarta cuota del predial vence el 30 de octubre",
    ),
    C(
        "v210",
        "v071",
        "redreg",
        "2026-10-25T11:30:00-05:00",
        "Cobran arbitrios a terrenos vacíos en Villa Totoral",
        extra="Fuente: Chancaypata TV Canal 4.",
    ),
]
