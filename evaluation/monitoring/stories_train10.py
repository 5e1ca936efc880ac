# ruff: noqa: E501
"""Training part train10, writer 13: a labelled corpus about an invented urban district of Lima Metropolitana.

Written by hand by writer 13, for this purpose only, WITHOUT looking at how the system works. The writer read only
lines 1-420 of stories_heldout6.py (its header, SETUP, OUTLETS, FURNITURE, SOURCES and first stories, for the
format), build.py (which lays the stories out as feeds and pages) and lines 1-60 and 200-262 of
docs/monitoring-evaluation.md (the corpus description and the labelling rules). The writer never opened the
pipeline (heraldo/), the baselines, tone or topic dumps, tone_train.py, topics_cv.py, any other stories_*.py, any
other part's directory, the tests or the rest of the docs, and never ran the system on these stories. Labels follow
the labelling rules of docs/monitoring-evaluation.md, were fixed by the writer as a reader, and must not be changed
because of what the pipeline answers. Every name, outlet and place is invented.

Like heldout6, this part brings its own watch list (SETUP; no topics: every part uses the same analyst topics),
outlets, person codes and template furniture: the Municipalidad Distrital de San Gregorio de Palomares (MDSGP), a
large urban district of Lima Metropolitana (some 520 000 people, hills with asentamientos humanos, a busy commercial
avenue taken by street vendors). Its Mayor is a man with a nickname.

Codes: m = who is named (A alcalde Julio César Bendezú Alarcón «el Chato», G gerente municipal Aurelio Malpartida
Yactayo, T teniente alcaldesa Gladys Cangahuala Ríos, R regidora (opposition) Katherine Zevallos Huertas, S gerente
de Seguridad Ciudadana Edgar Tincopa Medrano, a retired police colonel, I the Municipalidad Distrital de San
Gregorio de Palomares); t = topics (limpieza seguridad obras tributos salud); tone toward the municipality (+ 0 -);
about = the story concerns the municipality (defaults to "someone of ours is named"). C() is a syndicated copy of an
earlier story: its own headline, sometimes its own lead (lead=) or a credit line added at the end (extra=).

Writer's conventions (the doc's rules, applied strictly):
- "el alcalde de San Gregorio de Palomares", "el alcalde de Palomares", "el alcalde palomarino", "el burgomaestre
  palomarino" are a title plus the place: they name the Mayor. A bare "el alcalde", "el burgomaestre", "el alcalde
  del distrito", "la comuna", "el municipio", "la municipalidad", "la gestión edil" do not. "Bendezú" alone after
  the Mayor was named is part of the same mention. «El Chato» / «Chato Bendezú» count only where it is plainly him.
- "Municipalidad (Distrital) de San Gregorio de Palomares", "Municipalidad de Palomares", "MDSGP", "municipio
  palomarino", "comuna palomarina", "municipalidad palomarina", "municipio/comuna de Palomares" name the
  institution. "Vecinos de Palomares", "el serenazgo de Palomares", "los serenos palomarinos", "el distrito", "el
  concejo", "la Gerencia de Seguridad Ciudadana" do not. A person named with a title plus the place ("el gerente
  municipal de Palomares") is that person, not the institution.
- A person is named by full name, given name and first surname, both surnames, the nickname (when plainly him),
  title plus surname ("la regidora Zevallos", "el coronel Tincopa") or a listed alias.
- Traps: Ramiro Bendezú Quispe, Mayor of the neighbouring district of Chacrasana ("el alcalde Bendezú" there, no
  relative); the TV host Katherine «Kathy» Zevallos; the footballer Edgar Tincopa of Unión Palomares; the folk
  singer Gladys Cangahuala «la Palomita del Ande»; a pickpocket and a comedian both called «el Chato»; the Mayor of
  Lima Gustavo Arrieta Salomón; the burgomaestra of Villa Cahuide Norma Liñán Pacheco; the centro poblado San
  Gregorio in Huancavelica; the Colegio San Gregorio of Chacrasana; Pisco Palomares from Ica; the football club
  Unión Palomares; Sedapal's water cuts in the district.
- Tone is toward the municipality and its authorities; figures and outcomes carry it as much as adjectives. The
  Mayor (or an official) criticising the national government, the ATU, the courts or another district is neutral
  toward us unless the story is about our own failure. A mixed story takes the tone a press officer would take away
  (headline and weight of the text). An accusation the official denies is still a story about an accusation
  (negative); the denial of a mere rumour is neutral. Stories not about the municipality are neutral.
- Topics only for stories about the municipality, and only what the story is about, not every keyword nor a passing
  mention. The serenazgo's work, conduct and resources (cameras, vehicles, casetas) are seguridad; the fiscalizadores
  and the Policía Municipal clearing street vendors are not. Informal commerce, traffic, cycle lanes, mototaxis,
  street lighting, building permits, zoning, antennas, night-club licences, ollas comunes, culture and sport are none
  of the five. Street, stairway, retaining-wall, park-remodelling and sewer works are obras (a private building site
  is not). Predial, arbitrios, the amnesty and the enforced collection of debts are tributos municipales.
  Sanitary inspections of restaurants, fumigation, vaccination (also of dogs) and the municipal polyclinic are salud.
"""

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerente_municipal",
    "T": "teniente_alcaldesa",
    "R": "regidora_zevallos",
    "S": "gerente_seguridad",
    "I": "institution",
}

SETUP = {
    "municipality": {
        "name": "Municipalidad Distrital de San Gregorio de Palomares",
        "short_name": "MDSGP",
        "level": "DISTRITAL",
        "province": "Lima",
        "aliases": [
            "municipio palomarino",
            "comuna palomarina",
            "municipalidad palomarina",
            "Municipalidad de Palomares",
            "Municipalidad de San Gregorio de Palomares",
        ],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Julio César",
            "surnames": "Bendezú Alarcón",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "el Chato",
            "aliases": ["Chato Bendezú", "alcalde Bendezú", "Bendezú Alarcón", "Julio César Bendezú", "Julio Bendezú"],
        },
        {
            "key": "gerente_municipal",
            "given_names": "Aurelio",
            "surnames": "Malpartida Yactayo",
            "sex": "M",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerente Malpartida", "gerente municipal Aurelio Malpartida", "Malpartida Yactayo"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Gladys",
            "surnames": "Cangahuala Ríos",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Cangahuala", "regidora Cangahuala", "Cangahuala Ríos"],
        },
        {
            "key": "regidora_zevallos",
            "given_names": "Katherine",
            "surnames": "Zevallos Huertas",
            "sex": "F",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidora Zevallos", "concejala Zevallos", "Zevallos Huertas"],
        },
        {
            "key": "gerente_seguridad",
            "given_names": "Edgar",
            "surnames": "Tincopa Medrano",
            "sex": "M",
            "position": "Gerente de Seguridad Ciudadana",
            "position_feminine": "Gerenta de Seguridad Ciudadana",
            "office_code": "GERENTE_SEGURIDAD",
            "aliases": ["gerente Tincopa", "coronel Tincopa", "Tincopa Medrano"],
        },
    ],
    "exclusions": [],
}

OUTLETS = {
    "capital": {
        "name": "Diario La Capital",
        "host": "diariolacapital.example.pe",
        "media_kind": "PRENSA",
        "level": "NACIONAL",
        "reach": 700000,
    },
    "gaceta": {
        "name": "La Gaceta Limeña",
        "host": "gacetalimena.example.pe",
        "media_kind": "PRENSA",
        "level": "NACIONAL",
        "reach": 350000,
    },
    "metiche": {
        "name": "El Metiche",
        "host": "elmetiche.example.pe",
        "media_kind": "PRENSA",
        "level": "NACIONAL",
        "reach": 820000,
    },
    "ciudadtv": {
        "name": "Ciudad TV Canal 13",
        "host": "ciudadtv13.example.pe",
        "media_kind": "TV",
        "level": "NACIONAL",
        "reach": 1500000,
    },
    "rpalomar": {
        "name": "Radio Palomar 1360 AM",
        "host": "radiopalomar.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 30000,
    },
    "rmetro": {
        "name": "Radio Metrópoli 98.3 FM",
        "host": "radiometropoli983.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 400000,
    },
    "agencia": {
        "name": "Agencia Continental de Noticias",
        "host": "agenciacontinental.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 300000,
    },
    "instante": {
        "name": "Lima al Instante",
        "host": "limaalinstante.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 500000,
    },
    "vecino": {
        "name": "El Vecino Informado",
        "host": "elvecinoinformado.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 9000,
    },
    "pnoticias": {
        "name": "Palomares Noticias",
        "host": "palomaresnoticias.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 6000,
    },
    "ciudadpoder": {
        "name": "Revista Ciudad y Poder",
        "host": "ciudadypoder.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 25000,
    },
    "alerta": {
        "name": "Alerta Vecinal Palomares",
        "host": "alertavecinalpalomares.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 14000,
    },
    "exprescap": {
        "name": "Exprés Capital",
        "host": "exprescapital.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 16000,
    },
    "bpalomar": {
        "name": "Boletín El Palomarino",
        "host": "boletinelpalomarino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 2500,
    },
    "fisgon": {
        "name": "Semanario El Fisgón",
        "host": "semanarioelfisgon.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 9000,
    },
    "rconosur": {
        "name": "Radio Cono Sur 1160 AM",
        "host": "radioconosur.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 20000,
    },
}

FURNITURE = {
    "old_comments": [
        "Ese Chato Bendezú solo aparece cuando hay cámaras, la basura sigue en mi esquina",
        "El municipio palomarino cobra arbitrios de lujo y los serenos duermen en la camioneta",
    ],
    "old_most_read": "Asaltan a cambista en el paradero Cuatro Esquinas de Chacrasana",
    "old_motto": "El diario de los limeños desde 1961",
    "old_city": "Lima",
    "section_agenda": "Chacrasana celebra su aniversario con serenata y fuegos artificiales",
    "hostile_place": "San Gregorio de Palomares",
    "hostile_alias": "municipio palomarino",
    "error_page_outlet": "Radio Cono Sur 1160 AM, la voz de los conos",
}


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "exprescap": {
        "name": "Exprés Capital",
        "outlet": "exprescap",
        "format": "truncated",
        "path": "/feed.xml",
        "copies_of": ["w13_017", "w13_031"],
        "cut_at": 0.65,
    },
    "bpalomar": {"name": "Boletín El Palomarino", "outlet": "bpalomar", "format": "bomb", "path": "/rss"},
    "fisgon": {"name": "Semanario El Fisgón", "outlet": "fisgon", "format": "xxe", "path": "/feed/"},
    "rconosur": {
        "name": "Radio Cono Sur 1160 AM",
        "outlet": "rconosur",
        "format": "html_error",
        "path": "/noticias/rss.xml",
    },
    "capital": {
        "name": "Diario La Capital",
        "outlet": "capital",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "gaceta": {
        "name": "La Gaceta Limeña",
        "outlet": "gaceta",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/lima.xml",
    },
    "metiche": {
        "name": "El Metiche",
        "outlet": "metiche",
        "format": "rss",
        "mode": "description",
        "path": "/rss/locales",
    },
    "ciudadtv": {"name": "Ciudad TV Canal 13", "outlet": "ciudadtv", "format": "atom", "path": "/noticias/atom.xml"},
    "rpalomar": {
        "name": "Radio Palomar 1360 AM",
        "outlet": "rpalomar",
        "format": "rss",
        "mode": "description",
        "path": "/rss/noticias",
    },
    "rmetro": {
        "name": "Radio Metrópoli 98.3 FM",
        "outlet": "rmetro",
        "format": "rss",
        "mode": "full",
        "path": "/lima/feed/",
    },
    "agencia": {
        "name": "Agencia Continental de Noticias",
        "outlet": "agencia",
        "format": "atom",
        "path": "/lima/feed.atom",
    },
    "instante": {
        "name": "Lima al Instante",
        "outlet": "instante",
        "format": "rss",
        "mode": "full",
        "path": "/ultimas/rss.xml",
    },
    "vecino": {
        "name": "El Vecino Informado",
        "outlet": "vecino",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "template": "blog",
        "path": "/feed/",
    },
    "pnoticias": {
        "name": "Palomares Noticias",
        "outlet": "pnoticias",
        "format": "section",
        "template": "section",
        "path": "/distrito",
    },
    "ciudadpoder": {
        "name": "Revista Ciudad y Poder",
        "outlet": "ciudadpoder",
        "format": "rss",
        "mode": "description",
        "path": "/opinion/rss",
    },
    "alerta": {
        "name": "Alerta Vecinal Palomares",
        "outlet": "alerta",
        "format": "rss",
        "mode": "teaser",
        "path": "/feed/alertas.xml",
    },
}

STORIES = [
    # --- Agencia Continental de Noticias: national agency, Atom ---------------------------------------------------------
    S(
        "w13_001",
        "agencia",
        "2026-11-02T10:15:00-05:00",
        "Lima: San Gregorio de Palomares declara en emergencia el recojo de basura por 60 días",
        """El concejo de la Municipalidad Distrital de San Gregorio de Palomares aprobó en sesión extraordinaria declarar en emergencia el servicio de limpieza pública por 60 días, luego de que venciera el contrato con la empresa Limpiezas Urbanas Wayra SAC sin que se hubiera convocado a una nueva licitación.

        La medida permite a la comuna contratar de forma directa a otra empresa mientras se organiza el concurso. Según el acuerdo, el distrito genera unas 620 toneladas de residuos sólidos al día y desde el 31 de octubre se han acumulado cerca de 2 400 toneladas en las calles.

        El alcalde Julio César Bendezú Alarcón explicó que la empresa saliente retiró sus camiones el mismo día en que terminó el contrato. «No vamos a permitir que la ciudad se convierta en un botadero», dijo.

        La regidora Katherine Zevallos Huertas votó en contra y pidió que el nuevo servicio se adjudique por licitación pública. La emergencia fue aprobada por 9 votos contra 2.""",
        m="I A R",
        t="limpieza",
        tone="0",
        note="agency report of a council decision, with both sides; neutral",
    ),
    S(
        "w13_002",
        "agencia",
        "2026-11-03T09:40:00-05:00",
        "Mininter enviará 300 policías más a comisarías de Lima Este",
        """El Ministerio del Interior anunció que 300 suboficiales recién egresados serán destacados a las comisarías de Lima Este antes de fin de mes, como parte del plan contra la extorsión al transporte público.

        Los efectivos serán distribuidos entre las comisarías de Chacrasana, Villa Cahuide y San Gregorio de Palomares, donde se concentran las denuncias de cobro de cupos a empresas de combis y mototaxis.

        El viceministro de Seguridad Pública precisó que los agentes reforzarán el patrullaje a pie en paraderos y terminales durante las horas punta.""",
        about=False,
        note="national police story that lists the district; no municipal angle; seguridad keywords",
    ),
    S(
        "w13_003",
        "agencia",
        "2026-11-04T11:20:00-05:00",
        "Contraloría detecta pagos por S/ 1,2 millones sin sustento en contrato de limpieza de Palomares",
        """Un informe de control de la Contraloría General de la República concluyó que la Municipalidad de San Gregorio de Palomares pagó 1,2 millones de soles a la empresa Limpiezas Urbanas Wayra SAC por rutas de recojo de residuos que no se ejecutaron entre marzo de 2025 y agosto de 2026.

        Según el documento, las valorizaciones mensuales consignaban 46 rutas diarias, pero los registros GPS de los camiones compactadores mostraban un promedio de 31. Las conformidades del servicio fueron firmadas por la Gerencia Municipal.

        El informe identifica presunta responsabilidad administrativa en cuatro funcionarios y recomienda que la procuraduría evalúe acciones legales.

        Consultado por la agencia, el gerente municipal Aurelio Malpartida Yactayo señaló que presentará sus descargos y que los registros GPS «tenían fallas que la propia empresa reportó».""",
        m="I G",
        t="limpieza",
        tone="-",
        note="audit finding against the municipality; the official's reply does not change the tone",
    ),
    S(
        "w13_004",
        "agencia",
        "2026-11-05T08:55:00-05:00",
        "Alcalde de Palomares pide al MEF 20 millones para serenazgo: «Lima Este no puede seguir esperando»",
        """El alcalde de San Gregorio de Palomares, Julio César Bendezú Alarcón, pidió al Ministerio de Economía y Finanzas una transferencia extraordinaria de 20 millones de soles para renovar la flota del serenazgo y ampliar la red de cámaras.

        «El Gobierno anuncia planes contra la extorsión desde Palacio, pero los que ponemos la cara en la calle somos los municipios», afirmó el burgomaestre en una conferencia de prensa junto a dirigentes de transportistas.

        Bendezú sostuvo que el Ejecutivo transfirió este año fondos de seguridad a solo siete distritos de Lima, ninguno del cono este. El MEF no respondió hasta el cierre de esta nota.""",
        m="A",
        t="seguridad",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us",
    ),
    S(
        "w13_005",
        "agencia",
        "2026-11-06T10:05:00-05:00",
        "Recaudación del impuesto predial en San Gregorio de Palomares crece 18 % respecto de 2025",
        """La Municipalidad de Palomares recaudó 41,6 millones de soles por impuesto predial entre enero y octubre, 18 % más que en el mismo periodo del año anterior, según el reporte de la Gerencia de Administración Tributaria.

        El aumento se explica por la actualización del catastro en los sectores 4 y 6, donde se incorporaron 9 300 predios que no figuraban en el padrón, y por el pago en línea, que hoy concentra el 37 % de las operaciones.

        La morosidad bajó de 44 % a 31 %. La comuna destinará el excedente a mantenimiento de pistas, según el presupuesto aprobado por el concejo.""",
        m="I",
        t="tributos",
        tone="+",
        note="good collection figures, no praise words",
    ),
    S(
        "w13_006",
        "agencia",
        "2026-11-07T12:30:00-05:00",
        "Alcalde Ramiro Bendezú inaugura mercado modelo en Chacrasana",
        """El alcalde distrital de Chacrasana, Ramiro Bendezú Quispe, inauguró el mercado modelo La Unión, con 320 puestos, cámaras de frío y un patio de comidas.

        La obra costó 14 millones de soles y fue financiada con un préstamo del Banco de la Nación. «Se acabaron los comerciantes en la pista», dijo el alcalde Bendezú ante los socios de la asociación, que durante once años vendieron en la berma de la avenida Gran Marcial.

        La comuna de Chacrasana prevé trasladar a los últimos 80 comerciantes antes de Navidad.""",
        about=False,
        note="namesake: the neighbouring Mayor shares the surname ('el alcalde Bendezú' of Chacrasana); 'obra' keyword",
    ),
    S(
        "w13_007",
        "agencia",
        "2026-11-09T09:10:00-05:00",
        "Palomares y el Minsa firman convenio para tamizar anemia en 12 000 niños",
        """La Municipalidad Distrital de San Gregorio de Palomares y la Dirección de Redes Integradas de Salud Lima Este firmaron un convenio para realizar tamizajes de anemia a 12 000 niños menores de tres años hasta marzo de 2027.

        Según el documento, el municipio pondrá los locales comunales, el transporte y los promotores, y el Minsa los hemoglobinómetros, el personal de salud y los suplementos de hierro.

        Firmó en representación de la comuna la teniente alcaldesa Gladys Cangahuala Ríos, quien indicó que las primeras jornadas se harán en los asentamientos humanos de la parte alta.""",
        m="I T",
        t="salud",
        tone="0",
        note="announcement of an agreement: neutral",
    ),
    S(
        "w13_008",
        "agencia",
        "2026-11-10T07:45:00-05:00",
        "Serenos y policías capturan a «Los Malditos del Cerro» tras asalto a cambistas en Palomares",
        """Cinco presuntos integrantes de la banda «Los Malditos del Cerro» fueron capturados la noche del lunes en San Gregorio de Palomares, minutos después de asaltar a dos cambistas en el paradero Cuatro Esquinas.

        Las cámaras de la central de videovigilancia siguieron la huida de los sospechosos en una mototaxi hasta el asentamiento humano Virgen de Cocharcas, donde fueron rodeados por cuatro unidades del serenazgo y un patrullero de la comisaría. Se recuperaron 18 000 soles y dos armas de fuego.

        El gerente de Seguridad Ciudadana de la Municipalidad de San Gregorio de Palomares, Edgar Tincopa Medrano, informó que desde julio la central ha permitido 46 capturas en flagrancia.""",
        m="S I",
        t="seguridad",
        tone="+",
        note="an outcome of the serenazgo told through facts",
    ),
    S(
        "w13_009",
        "agencia",
        "2026-11-11T11:00:00-05:00",
        "Vecinos de Palomares denuncian licencia para edificio de 18 pisos en zona de cinco",
        """Vecinos de la urbanización El Bosque, en San Gregorio de Palomares, presentaron una queja ante la Defensoría del Pueblo por la licencia de edificación que el municipio palomarino otorgó a un proyecto de 18 pisos en una zona donde los parámetros urbanísticos permiten como máximo cinco.

        La licencia fue aprobada en agosto, un mes después de que el concejo modificara la zonificación de tres manzanas. «Nadie nos consultó; nos enteramos cuando llegaron las grúas», dijo Jacinto Paucar, presidente de la junta vecinal.

        La Subgerencia de Obras Privadas sostuvo que el trámite cumplió la norma vigente.""",
        m="I",
        tone="-",
        note="building permit complaint: none of the five topics ('obras privadas' is not public works)",
    ),
    S(
        "w13_010",
        "agencia",
        "2026-11-12T10:40:00-05:00",
        "Minsa confirma 140 casos de dengue en cinco distritos de Lima Norte",
        """El Centro Nacional de Epidemiología confirmó 140 casos de dengue en Comas, Carabayllo y otros tres distritos de Lima Norte en lo que va de noviembre, la cifra más alta para este mes desde 2023.

        Las brigadas del Minsa iniciaron la fumigación casa por casa y la eliminación de criaderos en tanques y cilindros. En Lima Este, incluida San Gregorio de Palomares, no se han reportado casos autóctonos.

        Los especialistas recomiendan tapar los recipientes de agua y usar repelente.""",
        about=False,
        note="health keywords (dengue, fumigación) in a national story; the district is named only as free of cases",
    ),
    S(
        "w13_011",
        "agencia",
        "2026-11-13T08:20:00-05:00",
        "Obreros de limpieza paralizan en Palomares por sueldos impagos",
        """Unos 280 trabajadores de Ecoservicios Inti SAC, la empresa contratada de emergencia para el recojo de basura en San Gregorio de Palomares, paralizaron este viernes por no haber recibido su primera quincena.

        Los obreros bloquearon la salida del patio de maniobras y los 34 camiones no salieron a sus rutas. Según la empresa, la comuna palomarina aún no le paga la primera valorización, de 1,1 millones de soles.

        El gerente municipal Aurelio Malpartida Yactayo dijo que el pago «se está girando hoy» y pidió a los trabajadores retomar el servicio.""",
        m="I G",
        t="limpieza",
        tone="-",
        note="the municipality's unpaid bill stops the service",
    ),
    S(
        "w13_012",
        "agencia",
        "2026-11-14T13:15:00-05:00",
        "Palomares da por superada la crisis de la basura: recojo se normaliza en 90 % de rutas",
        """El alcalde de Palomares, Julio César Bendezú Alarcón, informó que el recojo de residuos se normalizó en el 90 % de las rutas del distrito, dos semanas después de declarada la emergencia.

        Desde el 2 de noviembre las brigadas retiraron 3 100 toneladas acumuladas y los 48 puntos críticos registrados se redujeron a 6. Los camiones de Ecoservicios Inti SAC vuelven a pasar con horario fijo en los nueve sectores.

        La Municipalidad de San Gregorio de Palomares convocará la licitación del servicio definitivo el 1 de diciembre.""",
        m="A I",
        t="limpieza",
        tone="+",
        note="the municipality fixing a problem it had: positive",
    ),
    # --- Diario La Capital: national daily, full text in RSS, priority ---------------------------------------------------
    S(
        "w13_013",
        "capital",
        "2026-11-02T06:50:00-05:00",
        "Cerros de basura en la avenida Las Palomas: cinco días sin recojo en Palomares",
        """En la cuadra 14 de la avenida Las Palomas la montaña de bolsas ya tapa el paradero. Los pasajeros esperan la combi en la pista, con la mascarilla puesta, y los perros abren las bolsas de madrugada.

        Desde el 28 de octubre el camión no ha vuelto a pasar por los sectores 2, 3 y 5 de San Gregorio de Palomares. La comuna palomarina dejó vencer el contrato de limpieza sin haber convocado el nuevo concurso, según reconocieron funcionarios que pidieron no ser citados.

        «Pagamos los arbitrios puntualito y ahora tenemos que quemar la basura en el techo», dijo Rosa Anchante, que vende emoliente en la esquina.

        La regidora Katherine Zevallos Huertas recordó que advirtió en julio sobre el vencimiento. «Lo dije en tres sesiones de concejo y nadie hizo nada», afirmó.""",
        m="I R",
        t="limpieza",
        tone="-",
    ),
    S(
        "w13_014",
        "capital",
        "2026-11-02T19:30:00-05:00",
        "Ambulantes vuelven a tomar la avenida Santa Clotilde pese a la ordenanza",
        """Seis meses después de la ordenanza que prohibió el comercio en la vía pública en la avenida Santa Clotilde, los toldos azules han vuelto a cubrir las veredas entre el mercado y el paradero Cuatro Esquinas.

        La Municipalidad de Palomares prometió reubicar a 900 comerciantes en el campo ferial de la avenida Próceres del Sol. A la fecha solo se ha trasladado a 120, y el campo ferial sigue sin techo ni servicios higiénicos.

        La subgerencia de Fiscalización cuenta con 40 inspectores para un corredor donde, según su propio conteo, trabajan más de 3 000 ambulantes.""",
        m="I",
        tone="-",
        note="informal commerce: none of the five topics; criticism through figures ('a la fecha solo')",
    ),
    S(
        "w13_015",
        "capital",
        "2026-11-03T07:10:00-05:00",
        "Intercambio vial de Próceres del Sol llega al 72 % y se entregaría en febrero",
        """El intercambio vial de las avenidas Próceres del Sol y Las Palomas, la obra más grande de San Gregorio de Palomares en dos décadas, alcanzó un avance físico de 72 %, nueve puntos por encima de lo programado, según el último informe de supervisión.

        El paso a desnivel, de 480 metros, costará 48 millones de soles. La Municipalidad de San Gregorio de Palomares prevé entregarlo en febrero, dos meses antes del plazo contractual.

        El alcalde Julio César Bendezú recorrió ayer la losa del puente con los ingenieros. Según el estudio de tráfico, el cruce, por donde pasan 4 200 vehículos por hora, dejará de tener semáforo.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "w13_016",
        "capital",
        "2026-11-03T18:45:00-05:00",
        "Dos Bendezú y un problema: Chacrasana acusa a Palomares de empujarle a sus ambulantes",
        """El alcalde de Chacrasana, Ramiro Bendezú Quispe, acusó a la Municipalidad de Palomares de «exportar» a sus ambulantes. Según su conteo, 400 comerciantes desalojados de la avenida Santa Clotilde se instalaron en octubre en la avenida Gran Marcial, al otro lado del límite distrital.

        «Palomares limpia su vereda y nos deja el problema a nosotros», dijo el alcalde de Chacrasana, que no tiene parentesco con su vecino, el alcalde palomarino Julio César Bendezú Alarcón.

        Fiscalizadores de ambos distritos coinciden en que los desalojos no vinieron acompañados de un lugar donde vender: el campo ferial ofrecido por Palomares sigue a medio construir. La gestión de Julio César Bendezú no respondió a las preguntas de este diario.""",
        m="I A",
        tone="-",
        note="namesakes: two Mayors called Bendezú; the criticism and the unbuilt fairground are ours; informal commerce, no topic",
    ),
    S(
        "w13_017",
        "capital",
        "2026-11-04T06:30:00-05:00",
        "Las cámaras que no graban: 96 de las 240 cámaras de Palomares están apagadas",
        """De las 240 cámaras de videovigilancia que la Municipalidad de San Gregorio de Palomares instaló desde 2023, 96 no transmiten imagen, según un inventario interno al que accedió este diario. En el paradero Cuatro Esquinas, el punto con más asaltos del distrito, funcionan dos de seis.

        La mayoría de las averías son cables robados y equipos quemados por sobrecarga. El contrato de mantenimiento venció en mayo y no ha sido renovado.

        El gerente de Seguridad Ciudadana, Edgar Tincopa Medrano, reconoció el problema. «Tenemos el presupuesto para reparar 40 este año; el resto, en 2027», dijo.""",
        m="I S",
        t="seguridad",
        tone="-",
    ),
    S(
        "w13_018",
        "capital",
        "2026-11-04T20:00:00-05:00",
        "Policlínico municipal de Palomares atendió 4 800 consultas gratuitas en octubre",
        """El Policlínico Municipal Santa Rosa, de San Gregorio de Palomares, atendió 4 800 consultas gratuitas en octubre, el doble que en el mismo mes de 2025, tras sumar turnos de tarde en pediatría, medicina general y odontología.

        El tiempo de espera para una cita bajó de nueve días a dos, según el registro del propio establecimiento. La Municipalidad de Palomares contrató en agosto a seis médicos y compró un ecógrafo con recursos propios.

        «Antes tenía que ir al hospital a las cuatro de la mañana; ahora saco cita por WhatsApp», contó Marleni Huanca, madre de tres niños del sector 7.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "w13_019",
        "capital",
        "2026-11-05T07:00:00-05:00",
        "Arbitrios subirán hasta 14 % en 2027 en San Gregorio de Palomares",
        """El Servicio de Administración Tributaria de Lima ratificó la ordenanza de arbitrios de la Municipalidad Distrital de San Gregorio de Palomares para 2027, que prevé alzas de entre 6 % y 14 % según la zona y el uso del predio.

        Para una vivienda promedio del sector 1, el pago anual pasará de 312 a 348 soles. El cálculo incluye limpieza pública, parques y jardines y serenazgo.

        La ordenanza sustenta el incremento en el aumento del costo del servicio de recojo y de la planilla de serenos. Los nuevos montos se aplicarán desde la primera cuota de febrero.""",
        m="I",
        t="tributos",
        tone="0",
        note="ratified ordinance reported with figures and the municipality's justification; no criticism: neutral",
    ),
    S(
        "w13_020",
        "capital",
        "2026-11-05T21:10:00-05:00",
        "Asaltan a pasajeros de una combi en la avenida Gran Marcial de Chacrasana",
        """Tres delincuentes armados subieron a una combi de la ruta Chacrasana-Centro de Lima a la altura de la cuadra 22 de la avenida Gran Marcial y despojaron de celulares y billeteras a los 16 pasajeros.

        El robo duró menos de dos minutos. Los asaltantes bajaron en el óvalo La Unión y huyeron en un auto blanco. La comisaría de Chacrasana revisa las cámaras de los negocios de la zona.

        Es el cuarto asalto a una combi en esa avenida en lo que va del mes.""",
        about=False,
        note="crime keywords (asalto, robo) in another district",
    ),
    S(
        "w13_021",
        "capital",
        "2026-11-06T06:40:00-05:00",
        "Bendezú arremete contra la ATU por el caos en el paradero Cuatro Esquinas",
        """El alcalde de San Gregorio de Palomares, Julio César Bendezú Alarcón, responsabilizó a la Autoridad de Transporte Urbano por el desorden en el paradero Cuatro Esquinas, donde cada mañana se juntan más de 60 combis y custeres en doble y triple fila.

        «La ATU entrega rutas desde un escritorio en San Isidro y no fiscaliza ni una sola», dijo el burgomaestre. Según Bendezú, 23 de las 31 rutas que pasan por el cruce fueron autorizadas sin estudio de impacto vial.

        La ATU respondió en un comunicado que la fiscalización de paraderos es compartida con los municipios distritales.""",
        m="A",
        tone="0",
        note="the Mayor criticising a national agency over traffic: neutral; traffic is none of the five",
    ),
    S(
        "w13_022",
        "capital",
        "2026-11-06T19:20:00-05:00",
        "Vecinos de Los Fresnos recuperan su parque: riego tecnificado y 3 000 plantones",
        """Hace un año el parque Los Fresnos era un terral con dos bancas rotas. El sábado, cerca de 400 vecinos llegaron a la reapertura: 1,2 hectáreas de grass, 3 000 plantones, juegos infantiles, una losa de vóley y un sistema de riego tecnificado que usa agua tratada.

        La remodelación costó 2,3 millones de soles y la ejecutó la Municipalidad de Palomares por administración directa en siete meses. El sistema de riego reduce el consumo de agua potable en 80 %, según la Subgerencia de Áreas Verdes.

        La junta vecinal se comprometió a cuidar los juegos y a vigilar el horario de cierre.""",
        m="I",
        t="obras",
        tone="+",
        note="park remodelling works delivered: obras (park works, not maintenance)",
    ),
    S(
        "w13_023",
        "capital",
        "2026-11-07T08:15:00-05:00",
        "La comuna palomarina paraliza tres obras privadas sin licencia en Santa Clotilde",
        """Inspectores de la comuna palomarina paralizaron ayer tres construcciones que levantaban edificios de seis y siete pisos sin licencia de edificación en la urbanización Santa Clotilde.

        En los tres casos se colocaron carteles de obra paralizada y se impusieron multas de entre 18 000 y 40 000 soles. Los propietarios tienen quince días para presentar sus descargos.

        Según la Subgerencia de Obras Privadas, en lo que va del año se han detectado 74 construcciones informales en el distrito.""",
        m="I",
        tone="0",
        note="enforcement notice; 'obras' keyword but private building sites: no topic",
    ),
    S(
        "w13_024",
        "capital",
        "2026-11-08T07:30:00-05:00",
        "Avenida Los Libertadores: dos años de obra y los vecinos siguen esperando",
        """Los comerciantes de la avenida Los Libertadores cuentan el tiempo por las campañas que han perdido: dos Navidades, dos Días de la Madre. La obra de pavimentación de 2,8 kilómetros empezó en noviembre de 2024 con un plazo de diez meses. A la fecha solo se ha ejecutado el 41 %.

        El contratista, el Consorcio Vial Libertadores, ha pedido cinco ampliaciones de plazo y tiene a doce obreros en la obra. La supervisión reporta cuadras con la base afirmada y sin asfalto desde marzo.

        El gerente municipal de Palomares, Aurelio Malpartida Yactayo, atribuyó el retraso al contratista y anunció que la comuna evalúa resolver el contrato. «Ya le aplicamos la penalidad máxima», dijo.

        «Eso nos dijeron en marzo», respondió Herminia Ccopa, dueña de una librería con el frontis cubierto de polvo.""",
        m="G",
        t="obras",
        tone="-",
        note="criticism through facts; 'la comuna' bare, the institution is not named",
    ),
    S(
        "w13_025",
        "capital",
        "2026-11-09T06:55:00-05:00",
        "Palomares niega que vaya a privatizar su serenazgo",
        """La Municipalidad de San Gregorio de Palomares negó que tenga previsto entregar el servicio de serenazgo a una empresa privada, como se difundió el fin de semana en redes sociales.

        «No es cierto. Los 410 serenos son trabajadores de la municipalidad y lo seguirán siendo», dijo el gerente de Seguridad Ciudadana, Edgar Tincopa Medrano. Explicó que lo que se licitará es el mantenimiento de las 62 camionetas, como se hace desde 2021.

        El mensaje viral atribuía a la gestión un supuesto contrato de 30 millones de soles.""",
        m="I S",
        t="seguridad",
        tone="0",
        note="denial of a rumour (not of an accusation of wrongdoing): neutral",
    ),
    S(
        "w13_026",
        "capital",
        "2026-11-10T07:05:00-05:00",
        "Comuna palomarina empadrona a 2 100 mototaxistas informales",
        """La comuna palomarina inició el empadronamiento de los mototaxistas que circulan sin permiso de operación. En la primera semana se registraron 2 100 conductores de 58 asociaciones.

        Quienes se empadronen podrán tramitar su permiso con un descuento de 50 % en la tasa hasta marzo. Desde abril, las unidades sin permiso serán internadas en el depósito municipal.

        El padrón también servirá para identificar a conductores con antecedentes, en coordinación con la Policía.""",
        m="I",
        tone="0",
        note="mototaxi registry: none of the five topics",
    ),
    S(
        "w13_027",
        "capital",
        "2026-11-10T20:40:00-05:00",
        "Serena frustra robo a cambista y captura a uno de los asaltantes en Palomares",
        """Una serena de San Gregorio de Palomares, Yesenia Huayhua, de 26 años, alcanzó y redujo a uno de los dos delincuentes que minutos antes habían arrebatado 6 000 soles a un cambista en la esquina de Las Palomas y Santa Clotilde.

        La agente corrió tres cuadras detrás del sospechoso y lo retuvo hasta que llegó el patrullero. El dinero fue devuelto al cambista en la comisaría.

        El gerente de Seguridad Ciudadana, Edgar Tincopa, dispuso que Huayhua reciba una resolución de felicitación. Es la tercera captura en flagrancia de su turno este mes.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "w13_028",
        "capital",
        "2026-11-11T06:45:00-05:00",
        "Ciclovía de Las Palomas suma 1 400 ciclistas al día a seis meses de su apertura",
        """La ciclovía de la avenida Las Palomas, de 4,6 kilómetros, registra un promedio de 1 400 viajes diarios en bicicleta, según los contadores automáticos instalados por la Municipalidad de Palomares en mayo.

        En las horas punta, uno de cada cinco vehículos que cruza el óvalo Las Palomas es una bicicleta. Desde su apertura no se ha registrado ningún atropello de ciclistas en el tramo, frente a los nueve del año anterior.

        Los repartidores por aplicativo son sus principales usuarios.""",
        m="I",
        tone="+",
        note="cycle lane outcome told through figures and a negation ('ningún atropello'); none of the five topics",
    ),
    S(
        "w13_029",
        "capital",
        "2026-11-11T19:10:00-05:00",
        "Palomares aprueba amnistía tributaria hasta el 20 de diciembre",
        """El concejo de San Gregorio de Palomares aprobó una amnistía que condona el 100 % de los intereses y moras del impuesto predial y los arbitrios de años anteriores para quienes paguen el tributo insoluto hasta el 20 de diciembre.

        El beneficio alcanza también a los expedientes en cobranza coactiva, siempre que se cancele la deuda al contado. La Municipalidad de Palomares calcula que unos 28 000 contribuyentes podrían acogerse.

        Los pagos pueden hacerse en las agencias del Banco de la Nación, en la plataforma virtual y en los módulos del mercado Santa Clotilde.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "w13_030",
        "capital",
        "2026-11-12T07:20:00-05:00",
        "Muro de contención en el asentamiento Virgen de Cocharcas ya protege a 140 familias",
        """Las 140 familias de la parte alta del asentamiento humano Virgen de Cocharcas ya no duermen pendientes de las piedras. La Municipalidad de San Gregorio de Palomares entregó un muro de contención de 380 metros, con escaleras y barandas, en la ladera que en 2025 se desprendió sobre cuatro viviendas.

        La obra costó 3,1 millones de soles y se terminó en cinco meses, dentro del plazo. Incluye 220 metros de escalera de concreto que reemplaza el camino de tierra por el que bajaban los escolares.

        «Mis hijos ya no resbalan cuando bajan al colegio», dijo Eustaquia Ramos, dirigenta del comité.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "w13_031",
        "capital",
        "2026-11-12T20:05:00-05:00",
        "Fiscalía investiga al gerente municipal de Palomares por el contrato de limpieza",
        """La Fiscalía Anticorrupción de Lima Este abrió investigación preliminar contra el gerente municipal de San Gregorio de Palomares, Aurelio Malpartida Yactayo, y otros tres funcionarios por presunta colusión en el contrato de limpieza pública con Limpiezas Urbanas Wayra SAC.

        La investigación parte del informe de la Contraloría que halló pagos por 1,2 millones de soles por rutas de recojo no ejecutadas. La fiscalía pidió a la Municipalidad de San Gregorio de Palomares copia de las valorizaciones y de los registros GPS de los camiones.

        Malpartida calificó la denuncia de «falsa» y aseguró que él solo firmaba las conformidades que le remitía el área técnica.""",
        m="G I",
        t="limpieza",
        tone="-",
        note="an accusation the official denies: negative",
    ),
    S(
        "w13_032",
        "capital",
        "2026-11-13T06:50:00-05:00",
        "Lima tendrá un nuevo relleno sanitario en el sur en 2028",
        """La Municipalidad Metropolitana de Lima anunció que concesionará un nuevo relleno sanitario en Lurín, con capacidad para 3 000 toneladas diarias, para aliviar los dos rellenos que hoy reciben la basura de los 43 distritos de la capital.

        El alcalde de Lima, Gustavo Arrieta Salomón, dijo que el proyecto se licitará en 2027. Según la MML, los camiones de distritos del este como Chacrasana o San Gregorio de Palomares recorren hasta 60 kilómetros para descargar.

        Ambientalistas pidieron que el proyecto incluya una planta de segregación.""",
        about=False,
        note="limpieza keywords in a metropolitan story; the district is named in passing",
    ),
    S(
        "w13_033",
        "capital",
        "2026-11-14T07:35:00-05:00",
        "Palomares cambia 1 800 luminarias por LED en sus avenidas principales",
        """La Municipalidad de San Gregorio de Palomares terminó de reemplazar 1 800 luminarias de sodio por lámparas LED en las avenidas Las Palomas, Santa Clotilde y Próceres del Sol.

        El cambio costó 4,7 millones de soles. Según la Subgerencia de Mantenimiento, el consumo de energía del alumbrado de esas vías bajó 52 % en octubre, con el doble de luz en las veredas.

        El programa seguirá en 2027 en las calles interiores de los sectores 6 y 8.""",
        m="I",
        tone="+",
        note="street lighting delivered: positive, none of the five topics",
    ),
    S(
        "w13_034",
        "capital",
        "2026-11-15T08:00:00-05:00",
        "Domingo en el cerro Las Ánimas: la escalera que no llega",
        """A las siete de la mañana, doña Felícitas Ayme baja los 340 peldaños de tierra y piedra del cerro Las Ánimas con un balde vacío en cada mano. Sube con ellos llenos veinte minutos después. Tiene 67 años y lo hace tres veces por semana, cuando el camión cisterna se detiene abajo, en la última pista.

        En la campaña de 2022, el alcalde Julio César Bendezú prometió en ese mismo cerro una escalera de concreto con barandas. El expediente técnico se aprobó en 2024. La escalera sigue en el papel: la obra no figura en el presupuesto de 2027.

        «Vinieron a tomarse fotos con nosotros y no volvieron», dice Feliciano Quispe, secretario del comité. En la parte baja, una caseta del serenazgo pintada de azul lleva meses cerrada.

        Los vecinos presentaron en octubre un memorial con 600 firmas. Aún esperan respuesta.""",
        m="A",
        t="obras",
        tone="-",
        note="feature; the main point is the promised stairway (obras); the closed caseta is a passing mention",
    ),
    # --- La Gaceta Limeña: national daily, teasers in RSS, old table template ---------------------------------------------
    S(
        "w13_035",
        "gaceta",
        "2026-11-03T06:20:00-05:00",
        "Brigadas retiran 300 toneladas de basura de Santa Clotilde en un fin de semana",
        """Cuarenta y dos volquetes y tres cargadores frontales trabajaron desde el sábado hasta la madrugada del lunes en la urbanización Santa Clotilde, el sector más afectado por la falta de recojo en San Gregorio de Palomares. Al amanecer, las esquinas de los jirones Los Tulipanes y Las Azucenas estaban libres de bolsas por primera vez en una semana.

        Según la comuna palomarina, las brigadas retiraron 300 toneladas de residuos y desinfectaron 26 puntos críticos con cal y desinfectante.

        Los camiones de la empresa contratada por emergencia pasarán por el sector a diario, entre las 7 y las 10 de la noche.""",
        m="I",
        t="limpieza",
        tone="+",
        note="the municipality dealing with its own backlog: positive through figures",
    ),
    S(
        "w13_036",
        "gaceta",
        "2026-11-03T20:15:00-05:00",
        "Tincopa: «Tenemos un sereno por cada 1 300 vecinos»",
        """El gerente de Seguridad Ciudadana de San Gregorio de Palomares, el coronel PNP en retiro Edgar Tincopa Medrano, explicó a La Gaceta cómo se distribuyen los 410 serenos del distrito.

        «Tenemos un sereno por cada 1 300 vecinos. La recomendación es uno por cada mil. Trabajamos en tres turnos, así que en la calle, a cualquier hora, hay unos 130», dijo. El distrito está dividido en nueve sectores y cada uno tiene una base con dos camionetas y cuatro motos.

        Tincopa precisó que el 60 % de las llamadas a la central son por consumo de alcohol en la vía pública, peleas y ruidos molestos, y solo el 15 % por robos.""",
        m="S",
        t="seguridad",
        tone="0",
        note="an interview with figures, neither praise nor blame",
    ),
    S(
        "w13_037",
        "gaceta",
        "2026-11-04T07:00:00-05:00",
        "San Gregorio de Palomares aprueba su Plan de Desarrollo Urbano al 2036",
        """El concejo de la Municipalidad de Palomares aprobó el Plan de Desarrollo Urbano 2026-2036, que define la zonificación del distrito, las vías que deberán ensancharse y las áreas reservadas para parques y equipamiento.

        El plan declara zona de riesgo no mitigable la parte alta de los cerros Las Ánimas y San Cristobalito, donde no se podrán otorgar nuevos certificados de posesión. También reserva 14 hectáreas para un futuro hospital.

        El documento estuvo en consulta pública durante 60 días y recibió 212 observaciones.""",
        m="I",
        tone="0",
        note="urban planning: none of the five topics",
    ),
    S(
        "w13_038",
        "gaceta",
        "2026-11-05T06:50:00-05:00",
        "Policía desarticula banda que extorsionaba a mototaxistas en San Gregorio de Palomares",
        """Agentes de la División de Investigación de Secuestros y Extorsiones capturaron a siete presuntos integrantes de «Los Injertos del Este», banda que cobraba cupos de entre 5 y 10 soles diarios a mototaxistas de San Gregorio de Palomares.

        En los allanamientos, realizados en cuatro viviendas del distrito, se incautaron dos pistolas, 31 celulares y cuadernos con los nombres de 400 conductores y los montos que pagaban.

        Según la Policía, la banda mantenía amenazadas a 12 asociaciones de mototaxis. Los detenidos fueron puestos a disposición de la fiscalía.""",
        about=False,
        note="a police operation in the district with no municipal angle; seguridad keywords",
    ),
    S(
        "w13_039",
        "gaceta",
        "2026-11-06T07:40:00-05:00",
        "Feria de salud en Nueva Esperanza: 1 200 atenciones y 400 niños tamizados",
        """La feria de salud organizada por la Municipalidad de San Gregorio de Palomares en el asentamiento humano Nueva Esperanza dejó 1 200 atenciones en un solo día: medicina general, odontología, oftalmología, vacunación y tamizaje de anemia a 400 niños.

        De ellos, 96 fueron diagnosticados con anemia y ya reciben suplemento de hierro. La teniente alcaldesa Gladys Cangahuala Ríos, que encabezó la jornada, dijo que se hará una feria similar cada mes en la parte alta del distrito.

        Serenos municipales resguardaron la losa deportiva donde se instalaron los módulos.""",
        m="I T",
        t="salud",
        tone="+",
        note="passing mention of serenos guarding the fair: no seguridad topic",
    ),
    S(
        "w13_040",
        "gaceta",
        "2026-11-07T06:35:00-05:00",
        "Regidora Zevallos pide la vacancia del alcalde Bendezú por nepotismo",
        """La regidora de San Gregorio de Palomares Katherine Zevallos Huertas presentó ante el concejo un pedido de vacancia contra el alcalde Julio César Bendezú Alarcón por presunto nepotismo.

        Según el escrito, un sobrino del alcalde fue contratado en marzo como asesor de la Gerencia de Desarrollo Económico con un sueldo de 8 500 soles. La regidora adjuntó partidas de nacimiento que acreditarían el parentesco.

        «La ley es clarísima y el alcalde lo sabía», dijo Zevallos. El despacho de alcaldía respondió que el funcionario «no es sobrino carnal» y que el contrato fue firmado por la gerencia.""",
        m="R A",
        tone="-",
        note="an accusation the Mayor's office denies: negative; no topic",
    ),
    S(
        "w13_041",
        "gaceta",
        "2026-11-08T21:00:00-05:00",
        "Concejo de Palomares rechaza la vacancia del alcalde por 9 votos contra 2",
        """El concejo de San Gregorio de Palomares rechazó anoche el pedido de vacancia contra el alcalde Julio César Bendezú Alarcón, presentado por la regidora Katherine Zevallos Huertas.

        Votaron en contra nueve regidores de la bancada oficialista, encabezados por la teniente alcaldesa Gladys Cangahuala Ríos, quien sostuvo que no se probó el parentesco. Votaron a favor la propia Zevallos y otro regidor de oposición.

        La regidora anunció que apelará ante el Jurado Nacional de Elecciones. El alcalde no asistió a la sesión.""",
        m="A R T",
        tone="0",
        note="a council vote reported with both sides and an appeal pending: neutral",
    ),
    S(
        "w13_042",
        "gaceta",
        "2026-11-09T07:10:00-05:00",
        "Villa Cahuide fumiga 8 000 viviendas para prevenir el dengue",
        """La burgomaestra de Villa Cahuide, Norma Liñán Pacheco, dio inicio a la campaña de fumigación y recojo de inservibles que alcanzará a 8 000 viviendas de la ribera del río, donde el año pasado se concentraron los casos de dengue del distrito.

        «Prevenir cuesta menos que curar», dijo la alcaldesa durante el lanzamiento, en el que participaron brigadas de la Diris y de la comuna de Villa Cahuide.

        La campaña durará tres semanas.""",
        about=False,
        note="another district's 'burgomaestra'; salud keywords (fumigación, dengue) elsewhere",
    ),
    S(
        "w13_043",
        "gaceta",
        "2026-11-10T06:55:00-05:00",
        "Cobranza coactiva embarga cuentas de 340 deudores del predial en Palomares",
        """La ejecutoría coactiva de la Municipalidad Distrital de San Gregorio de Palomares ordenó el embargo en forma de retención de las cuentas bancarias de 340 contribuyentes con deudas de impuesto predial mayores a 5 000 soles.

        Se trata, en su mayoría, de locales comerciales y depósitos de las avenidas Santa Clotilde y Las Palomas. La deuda total de este grupo asciende a 6,3 millones de soles.

        Los afectados pueden levantar el embargo si pagan o firman un fraccionamiento, o si se acogen a la amnistía vigente hasta el 20 de diciembre.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforced collection of debts: tributos; an enforcement notice, neutral",
    ),
    S(
        "w13_044",
        "gaceta",
        "2026-11-11T07:25:00-05:00",
        "Comerciantes del mercado Santa Clotilde denuncian cobros de serenos por «cuidar» puestos",
        """Comerciantes del mercado Santa Clotilde denunciaron que un grupo de serenos les cobra entre 2 y 5 soles por noche para «cuidar» los puestos de la vereda, bajo amenaza de dejar pasar a los fiscalizadores.

        La Gaceta escuchó tres audios en los que un hombre con chaleco del serenazgo exige el pago. «Si no pagas, mañana te levantan la mercadería», se oye en uno de ellos.

        El gerente de Seguridad Ciudadana, Edgar Tincopa Medrano, dijo que ha pedido la identificación de los agentes a través de las cámaras y que serán denunciados si se comprueba el cobro.""",
        m="S",
        t="seguridad",
        tone="-",
        note="misconduct of the serenazgo: seguridad",
    ),
    S(
        "w13_045",
        "gaceta",
        "2026-11-12T06:30:00-05:00",
        "El «Chato» se va a Seúl: alcalde viaja a ver cámaras mientras las suyas siguen apagadas",
        """Mientras 96 de las 240 cámaras del distrito siguen sin transmitir imagen, el alcalde de San Gregorio de Palomares, Julio César «el Chato» Bendezú, viajó el martes a Seúl para participar en un foro sobre ciudades inteligentes y videovigilancia.

        El viaje, de nueve días, fue aprobado por el concejo con los votos de la mayoría. Los pasajes y viáticos costarán unos 28 000 soles a la municipalidad, según el acuerdo.

        «Vamos a aprender de los mejores», escribió el alcalde en sus redes. En el paradero Cuatro Esquinas, las cámaras siguen mirando al piso.""",
        m="A",
        t="seguridad",
        tone="-",
        note="sarcasm through juxtaposition; the nickname plainly him",
    ),
    S(
        "w13_046",
        "gaceta",
        "2026-11-13T07:15:00-05:00",
        "Nueva Esperanza estrena losa deportiva con graderías y alumbrado",
        """Los equipos de fulbito del asentamiento humano Nueva Esperanza jugaron anoche su primer partido con luz. La Municipalidad de Palomares entregó la losa multideportiva de 1 200 metros cuadrados, con graderías para 300 personas, cerco perimétrico y ocho reflectores.

        La obra costó 890 000 soles y se terminó en 110 días. Antes, los jóvenes jugaban en un terreno de tierra junto a la quebrada.

        La junta directiva del asentamiento administrará el horario de uso.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "w13_047",
        "gaceta",
        "2026-11-14T07:00:00-05:00",
        "Familias de Las Lomas piden al alcalde palomarino que cumpla con la escalera prometida",
        """Un centenar de vecinos del asentamiento humano Las Lomas, en la parte alta de San Gregorio de Palomares, llegó ayer hasta la puerta del palacio municipal con pancartas para exigir la escalera que el alcalde palomarino les ofreció hace tres años.

        El expediente técnico de la obra, de 2,4 millones de soles, fue aprobado en 2024, pero el proyecto no figura en el presupuesto de 2027. «Cada año nos dicen que el próximo», dijo la dirigenta Nélida Curo.

        Los vecinos fueron recibidos por un asesor, que les ofreció una reunión con el alcalde después de su regreso de Corea del Sur.""",
        m="A",
        t="obras",
        tone="-",
        note="'el alcalde palomarino' names the Mayor (title plus place)",
    ),
    S(
        "w13_048",
        "gaceta",
        "2026-11-15T08:30:00-05:00",
        "Colegio San Gregorio de Chacrasana gana el nacional de robótica escolar",
        """Un equipo de cuatro estudiantes del Colegio San Gregorio, de Chacrasana, ganó el Concurso Nacional de Robótica Escolar con un robot que clasifica residuos reciclables por color y peso.

        Los escolares, de cuarto de secundaria, representarán al Perú en el mundial de la especialidad en Singapur. «Lo armamos con piezas de impresoras viejas», contó su asesor.

        El colegio busca patrocinadores para costear los pasajes.""",
        about=False,
        note="place trap: a school called San Gregorio in another district; 'residuos' keyword",
    ),
    # --- El Metiche: tabloid («prensa chicha»), full text in the RSS description ----------------------------------------
    S(
        "w13_049",
        "metiche",
        "2026-11-02T05:30:00-05:00",
        "¡SE AHOGAN EN BASURA! Palomares convertido en un botadero y el «Chato» ni se asoma",
        """¡Un asco total! Los vecinos de San Gregorio de Palomares ya no aguantan el olor. Montañas de basura de hasta dos metros invaden las esquinas de la avenida Las Palomas y las ratas se pasean como Pedro por su casa.

        «¡Hasta a mi casa se meten los roedores, causita!», denunció doña Juana, ambulante de papas rellenas. Los vecinos cuentan que el camión no pasa hace seis días.

        ¿Y el alcalde? El Chato Bendezú, como le dicen en el barrio, se limitó a decir en su Facebook que «la situación está controlada». ¡Controlada las puras! El municipio palomarino dejó vencer el contrato de limpieza y ahora los vecinos pagan los platos rotos.""",
        m="I A",
        t="limpieza",
        tone="-",
        note="tabloid; 'Chato Bendezú' is plainly the Mayor",
    ),
    S(
        "w13_050",
        "metiche",
        "2026-11-03T05:30:00-05:00",
        "¡KATHY ZEVALLOS ROMPE SU SILENCIO! Conductora confiesa romance con salsero",
        """¡Ampay confesado! La guapa conductora de espectáculos Katherine «Kathy» Zevallos reveló en su programa que está saliendo con el salsero Yordi Paredes, quince años menor que ella.

        «Sí, estamos conociéndonos y estoy feliz», dijo la rubia entre risas. Las cámaras de El Metiche ya los habían captado bailando en una discoteca de Barranco.

        La conductora pidió respeto para su hija de 12 años.""",
        about=False,
        note="namesake: a TV host with the regidora's given name and first surname",
    ),
    S(
        "w13_051",
        "metiche",
        "2026-11-04T05:30:00-05:00",
        "¡BATALLA CAMPAL EN SANTA CLOTILDE! Ambulantes y fiscalizadores se agarran a pedradas",
        """¡Parecía una guerra! Piedras, palos y frutas volaron ayer en la avenida Santa Clotilde cuando fiscalizadores y policías municipales de la Municipalidad de Palomares intentaron retirar a los ambulantes de la cuadra 8.

        El operativo terminó con tres fiscalizadores heridos, una camioneta con las lunas reventadas y una comerciante que denunció que le patearon su carretilla de mandarinas. «¡Nos tratan como delincuentes, nosotros solo queremos chambear!», gritaba.

        Los ambulantes regresaron a la vereda dos horas después. ¡Así no se puede!""",
        m="I",
        tone="-",
        note="street-vendor clearance by fiscalizadores and Policía Municipal: no topic (not serenazgo)",
    ),
    S(
        "w13_052",
        "metiche",
        "2026-11-05T05:30:00-05:00",
        "¡CAYÓ EL «CHATO»! Capturan a arrebatador de celulares en Palomares",
        """¡Se le acabó la fiesta! Agentes de la comisaría de Palomares capturaron a Wilmer Ccoyllo (24), alias «el Chato», sindicado como el arrebatador de celulares más buscado de la zona del mercado.

        El malandrín tenía en su mochila cinco celulares y dos billeteras. Las víctimas lo reconocieron en la comisaría. «Cuando lo vi, casi me desmayo», contó una estudiante.

        «El Chato» ya tenía cuatro ingresos a la carceleta por el mismo delito.""",
        about=False,
        note="nickname trap: a pickpocket called «el Chato»; police story, no municipal angle",
    ),
    S(
        "w13_053",
        "metiche",
        "2026-11-06T05:30:00-05:00",
        "¡CHATO BENDEZÚ SE PICA CON EL MINISTRO! «Que venga a caminar de noche por Palomares»",
        """¡Se calentó el alcalde! Julio César Bendezú, el Chato, no se guardó nada y le tiró con todo al ministro del Interior, que el martes dijo que los municipios «no hacen su parte» contra la delincuencia.

        «Que el ministro venga a caminar de noche por Palomares, sin escolta, y después hablamos», lanzó el burgomaestre palomarino. «Nosotros tenemos 410 serenos; él tiene una comisaría con dos patrulleros malogrados».

        El Mininter no respondió a la chancada del alcalde.""",
        m="A",
        t="seguridad",
        tone="0",
        note="the Mayor criticising the national government (tabloid register): neutral",
    ),
    S(
        "w13_054",
        "metiche",
        "2026-11-07T05:30:00-05:00",
        "¡REGIDORA JALA OREJAS AL ALCALDE! «Las cámaras son adorno»",
        """¡Le cantó sus verdades! La regidora Katherine Zevallos encaró al alcalde Julio César Bendezú en plena sesión de concejo por las cámaras de videovigilancia que no funcionan.

        «De 240 cámaras, 96 son adorno. Los rateros ya lo saben y por eso asaltan debajo de ellas», disparó la concejala, mientras mostraba fotos de postes con los cables colgando.

        El alcalde solo atinó a decir que «se está trabajando». ¡Y los vecinos siguen con el Jesús en la boca!""",
        m="R A",
        t="seguridad",
        tone="-",
    ),
    S(
        "w13_055",
        "metiche",
        "2026-11-08T05:30:00-05:00",
        "¡BRAVAZO! Serenos salvan a bebito abandonado en un paradero",
        """¡Qué tales héroes! Dos serenos de San Gregorio de Palomares encontraron a un bebito de unos tres meses envuelto en una mantita en el paradero de la avenida Próceres del Sol, a las 3 de la madrugada.

        Los agentes lo abrigaron con sus casacas y lo llevaron en la camioneta al hospital, donde lo atendieron a tiempo: tenía hipotermia leve. Hoy está estable y bajo cuidado del INABIF.

        El gerente de Seguridad Ciudadana, Edgar Tincopa, entregó diplomas a los serenos Ronal Chipana y Lizbeth Huamán. ¡Bien ahí, muchachos!""",
        m="S",
        t="seguridad",
        tone="+",
        note="serenazgo service; 'serenos de San Gregorio de Palomares' is not the institution",
    ),
    S(
        "w13_056",
        "metiche",
        "2026-11-09T05:30:00-05:00",
        "¡TINCOPA LA ROMPE! Volante de Unión Palomares mete golazo de chalaca",
        """¡Golazo de otro planeta! Edgar Tincopa, el volante de 19 años de Unión Palomares, se pasó de crack con una chalaca al ángulo que le dio el triunfo 2-1 a su equipo ante Sport Chacrasana por la Copa Perú distrital.

        El estadio se vino abajo. «Lo soñé toda la semana», dijo el chibolo, que trabaja de día como ayudante de albañil.

        Unión Palomares jugará la final el domingo.""",
        about=False,
        note="namesake: a footballer with the gerente de Seguridad's given name and surname; club named after the district",
    ),
    S(
        "w13_057",
        "metiche",
        "2026-11-10T05:30:00-05:00",
        "¡FUMIGAN A MEDIAS! Vecinos denuncian que solo rociaron dos cuadras",
        """¡Puro floro! Vecinos de la zona de la quebrada, en San Gregorio de Palomares, denunciaron que la campaña de fumigación contra el zancudo que anunció la Municipalidad de Palomares solo llegó a dos cuadras del jirón Los Jazmines.

        «Nos dijeron que iban a fumigar todo el sector 3 y pasaron media hora, se tomaron la foto y se fueron», reclamó don Eleodoro Casas. En la zona hay cilindros y llantas con agua estancada que nadie recogió.

        La comuna no respondió a las llamadas de El Metiche.""",
        m="I",
        t="salud",
        tone="-",
    ),
    S(
        "w13_058",
        "metiche",
        "2026-11-11T05:30:00-05:00",
        "¡PREDIAL CON SORPRESA! Le cobran S/ 4 000 a abuelita por su casita de adobe",
        """¡Qué tal abuso! Doña Eulogia Huamán (81), vecina del asentamiento Las Lomas, casi se desmaya cuando recibió una esquela de la Municipalidad de San Gregorio de Palomares que le cobra 4 000 soles de impuesto predial por su casita de adobe de un piso.

        «Yo vivo de la pensión 65, ¿de dónde voy a sacar esa plata?», lloró la abuelita. Según su nieto, el municipio registró el predio como si fuera un edificio de tres pisos con local comercial.

        Encima, le dieron quince días para pagar o pasa a cobranza coactiva. ¡Indignante!""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "w13_059",
        "metiche",
        "2026-11-12T05:30:00-05:00",
        "¡AMPAY! Camioneta del serenazgo hacía la mudanza del hermano del gerente",
        """¡Ampay en plena chamba! Una camioneta del serenazgo de San Gregorio de Palomares fue captada el domingo cargando roperos, colchones y una refrigeradora frente a una casa de la urbanización El Bosque.

        Según vecinos, la mudanza era del hermano del gerente municipal Aurelio Malpartida Yactayo. Mientras tanto, el sector 4 se quedó tres horas sin su única camioneta de patrullaje.

        El gerente negó todo: «Es un montaje, mi hermano se mudó con una empresa de mudanzas». Los vecinos tienen el video.""",
        m="G",
        t="seguridad",
        tone="-",
        note="misuse of a patrol vehicle that left a sector unpatrolled: seguridad; a denied accusation stays negative",
    ),
    S(
        "w13_060",
        "metiche",
        "2026-11-13T05:30:00-05:00",
        "¡MUNICIPIO SE CORRIGE! Anulan cobro a la abuelita Eulogia",
        """¡Se hizo justicia! Después de la denuncia de El Metiche, la Municipalidad de Palomares anuló la esquela de 4 000 soles que le cobraba a doña Eulogia Huamán (81) por su casita de adobe.

        Un inspector fue a la vivienda y constató que es de un piso y sin negocio. La nueva liquidación del predial es de 28 soles al año, y como es pensionista, queda exonerada.

        «Ahora sí voy a dormir tranquila», dijo la abuelita, que recibió la visita de la gerenta de Rentas con la resolución en mano.""",
        m="I",
        t="tributos",
        tone="+",
        note="the municipality fixing its own error: positive",
    ),
    S(
        "w13_061",
        "metiche",
        "2026-11-14T05:30:00-05:00",
        "¡EL CHATO REVILLA LA ROMPE! Cómico hace llorar de risa en el Festival del Humor",
        """¡Se mataron de risa! El Chato Revilla, el cómico ambulante más famoso de la Plaza San Martín, se llevó el primer puesto del Festival del Humor Popular con su imitación del cobrador de combi.

        «Al fondo hay sitio, tía», repetía el Chato mientras el público lloraba de la risa. El premio fue de 10 000 soles.

        Revilla anunció que hará una gira por los conos.""",
        about=False,
        note="nickname trap: a comedian called «el Chato»",
    ),
    S(
        "w13_062",
        "metiche",
        "2026-11-15T05:30:00-05:00",
        "¡HUAICO SEPULTA CHACRAS EN SAN GREGORIO! Burgomaestre pide ayuda a gritos",
        """¡Tragedia en la sierra! Un huaico arrasó anoche con 40 hectáreas de chacras y dos puentes peatonales en el centro poblado San Gregorio, en Huancavelica, tras lluvias adelantadas.

        «Lo hemos perdido todo, que el Gobierno nos mande maquinaria», pidió el burgomaestre del centro poblado, Fortunato Quispe Yauri. Más de 60 familias quedaron aisladas.

        Indeci envió carpas y víveres.""",
        about=False,
        note="place trap: a centro poblado called San Gregorio in Huancavelica; 'el burgomaestre' of another town; 'puentes' keyword",
    ),
    # --- Ciudad TV Canal 13: national TV, transcripts of the night news in Atom, UTC times --------------------------------
    S(
        "w13_063",
        "ciudadtv",
        "2026-11-03T03:30:00Z",
        "Palomares: vecinos queman la basura acumulada en plena avenida",
        """Buenas noches. Empezamos en San Gregorio de Palomares, donde la basura ya es un problema de salud. Vecinos de la avenida Las Palomas prendieron fuego esta tarde a los montículos de desperdicios que llevan una semana en la berma central. Nuestro reportero Giancarlo Vílchez está en el lugar.

        Así es, Claudia. Aquí el humo se ha sentido durante toda la tarde, los bomberos llegaron a las cinco y media para apagar el fuego. Los vecinos nos dicen que lo hicieron porque no aguantan más las moscas y el olor. Una señora nos decía: «Mi bebé tiene diarrea hace tres días, ¿quién responde?».

        Nosotros fuimos hasta el municipio y conversamos con el alcalde de San Gregorio de Palomares, Julio César Bendezú. Él nos dijo que el problema es culpa de la empresa que se fue sin avisar y que desde mañana entran nuevos camiones. Pero aquí la gente nos dice que eso mismo le dijeron la semana pasada.

        Seguiremos informando. Giancarlo Vílchez, Ciudad TV.""",
        m="A",
        t="limpieza",
        tone="-",
        note="TV transcript in spoken style; UTC time near midnight (Lima 2 Nov); 'el municipio' bare",
    ),
    S(
        "w13_064",
        "ciudadtv",
        "2026-11-04T04:10:00Z",
        "Captan a serenos golpeando a una ambulante en Santa Clotilde",
        """Imágenes indignantes. Un video grabado por un vecino muestra a cuatro serenos de San Gregorio de Palomares golpeando a una comerciante ambulante en el suelo, en la cuadra 9 de la avenida Santa Clotilde. Veamos.

        En las imágenes se ve cómo uno de los agentes la jala del cabello mientras otro le quita la mercadería. La mujer, Maribel Condori, de 38 años, terminó con una fractura en la muñeca. Ella nos contó que vende gelatinas hace doce años en esa esquina.

        Esta noche, el gerente de Seguridad Ciudadana, Edgar Tincopa, dijo que los cuatro serenos han sido separados y que la Municipalidad de Palomares pondrá los hechos en conocimiento de la fiscalía. La familia de la señora ya presentó su denuncia en la comisaría.""",
        m="S I",
        t="seguridad",
        tone="-",
        note="serenazgo's conduct: seguridad (unlike the fiscalizadores' clearance, w13_051); the suspension does not outweigh the abuse",
    ),
    S(
        "w13_065",
        "ciudadtv",
        "2026-11-05T02:50:00Z",
        "Incendio consume depósito de reciclaje en San Gregorio de Palomares",
        """Y a esta hora los bomberos siguen trabajando en San Gregorio de Palomares. Un incendio de código tres consume un depósito de plásticos y cartones de reciclaje en la zona industrial, junto a la vía de Evitamiento.

        Ocho unidades de bomberos atienden la emergencia. La columna de humo negro se ve desde varios distritos de Lima Este. No se reportan heridos, pero los vecinos de las casas colindantes han tenido que salir con lo que tenían puesto.

        El dueño del depósito dijo a nuestras cámaras que todo empezó por un cortocircuito. Volveremos con más información.""",
        about=False,
        note="a fire in the district with no municipal angle; 'reciclaje' keyword",
    ),
    S(
        "w13_066",
        "ciudadtv",
        "2026-11-06T04:40:00Z",
        "Entrevista: el alcalde Bendezú responde por la crisis de la basura",
        """Tenemos en el estudio al alcalde de San Gregorio de Palomares, Julio César Bendezú. Buenas noches, alcalde. Los vecinos llevan más de una semana con la basura en la puerta. ¿Qué pasó?

        Buenas noches. Mire, el contrato con la empresa anterior vencía el 31 de octubre y la licitación se cayó porque los postores no cumplían. Declaramos la emergencia, ya tenemos 34 camiones en la calle y en diez días vamos a estar al día.

        Pero la regidora Zevallos dice que ella le advirtió en julio. ¿Por qué no se previó?

        Se previó, se convocó. Si el proceso sale desierto, uno no puede inventar una empresa. Yo le pido a la regidora que en lugar de hacer política vaya a ayudar con las brigadas.

        Alcalde, una última: ¿los vecinos van a pagar arbitrios completos por estos días sin recojo?

        Eso lo vamos a evaluar en el concejo. Gracias por la invitación.""",
        m="A R",
        t="limpieza",
        tone="0",
        note="studio interview, questions and answers balanced; 'la regidora Zevallos' names her",
    ),
    S(
        "w13_067",
        "ciudadtv",
        "2026-11-07T03:15:00Z",
        "Obra del intercambio vial de Palomares causa caos vehicular",
        """Caos total en San Gregorio de Palomares. Los desvíos por la obra del intercambio vial de Próceres del Sol tienen a miles de conductores atrapados hasta dos horas en la hora punta. Nuestras cámaras estuvieron en el lugar.

        Desde que la Municipalidad de Palomares cerró el carril central, las combis dan la vuelta por calles de tierra que no soportan el tránsito pesado. No hay señalización ni policías de tránsito. Los vecinos del jirón Los Olivos dicen que sus casas se rajan con el paso de los camiones.

        «Ayer demoré dos horas y diez minutos para llegar a mi trabajo en La Victoria», nos dijo un trabajador. La municipalidad no respondió a nuestro pedido de entrevista.""",
        m="I",
        t="obras",
        tone="-",
        note="the damage caused by a municipal work: obras",
    ),
    S(
        "w13_068",
        "ciudadtv",
        "2026-11-08T04:55:00Z",
        "Reportaje: una noche con los serenos de San Gregorio de Palomares",
        """Acompañamos durante cuatro horas a una patrulla del serenazgo de San Gregorio de Palomares. Esto es lo que vimos.

        Son las diez de la noche en la base del sector 5. La camioneta 17 sale con dos serenos y un policía a bordo: es el patrullaje integrado. En la primera hora atienden una pelea familiar, un choque de mototaxis y un robo de celular en el paradero. Al sospechoso lo alcanzan a dos cuadras, gracias a que la central lo siguió por las cámaras.

        A la medianoche los acompaña el gerente de Seguridad Ciudadana, Edgar Tincopa. Nos muestra el mapa: en el sector 5 las denuncias por robo bajaron de 112 a 64 entre el primer y el tercer trimestre. Al final del turno, la patrulla ha atendido 17 llamadas y puesto a tres detenidos a disposición de la comisaría.""",
        m="S",
        t="seguridad",
        tone="+",
        note="a feature whose facts and figures speak well of the serenazgo",
    ),
    S(
        "w13_069",
        "ciudadtv",
        "2026-11-09T03:05:00Z",
        "La Palomita del Ande, Gladys Cangahuala, celebra 30 años de carrera",
        """Y cerramos con música. La cantante folclórica Gladys Cangahuala, conocida como la Palomita del Ande, celebró esta noche sus 30 años de carrera con un concierto en el coliseo Amauta, con más de cinco mil asistentes.

        La intérprete de huaylarsh, nacida en Jauja, cantó sus éxitos acompañada de la orquesta Los Engreídos del Mantaro. «Todo se lo debo a mi público», dijo emocionada.

        Gladys Cangahuala prepara una gira por Estados Unidos para el próximo año.""",
        about=False,
        note="namesake: a folk singer with the teniente alcaldesa's given name and first surname",
    ),
    S(
        "w13_070",
        "ciudadtv",
        "2026-11-10T04:20:00Z",
        "Vecinos de Palomares pagan arbitrios por parques que no existen",
        """Vecinos de la urbanización Los Portales, en San Gregorio de Palomares, descubrieron que desde hace cuatro años pagan arbitrios de parques y jardines por un parque que nunca se construyó. Nuestro equipo fue a verlo.

        Esto es el parque: un terreno de tierra con desmonte y un cartel oxidado. Sin embargo, en la cuponera de arbitrios que emite la Municipalidad de Palomares figura como «área verde categoría B», y cada familia paga por él unos 90 soles al año.

        «Nos cobran por un parque fantasma», dijo la dirigente Rocío Alanya. Los vecinos han pedido la devolución de lo pagado. Hasta el cierre, la municipalidad no respondió.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "w13_071",
        "ciudadtv",
        "2026-11-11T03:40:00Z",
        "Alcalde de Chacrasana anuncia serenazgo sin fronteras con Villa Cahuide",
        """En Lima Este, el alcalde de Chacrasana, Ramiro Bendezú, y la alcaldesa de Villa Cahuide, Norma Liñán, firmaron un convenio para que sus serenos puedan perseguir a delincuentes más allá del límite distrital.

        «El ladrón no respeta fronteras, el sereno tampoco debería», dijo el alcalde Bendezú. El acuerdo incluye una central de cámaras compartida y patrullajes conjuntos los fines de semana.

        Los dos distritos suman 160 serenos y 28 camionetas.""",
        about=False,
        note="namesake 'el alcalde Bendezú' of Chacrasana; serenazgo keywords in other districts",
    ),
    S(
        "w13_072",
        "ciudadtv",
        "2026-11-12T04:35:00Z",
        "Roban cables y dejan sin semáforos un cruce de Palomares",
        """Delincuentes robaron de madrugada los cables de los semáforos del cruce de Las Palomas con Santa Clotilde, en San Gregorio de Palomares. Desde las seis de la mañana, el tránsito se ha manejado a mano.

        Dos inspectores de tránsito y un policía trataron de ordenar el cruce durante la hora punta. La Municipalidad de Palomares informó que repondrá los 180 metros de cable en las próximas 48 horas y que instalará cajas con candado.

        Es el tercer robo de cables en esa intersección este año.""",
        m="I",
        tone="0",
        note="the story is about the traffic lights being out (none of the five); 'robo' keyword; neutral notice",
    ),
    S(
        "w13_073",
        "ciudadtv",
        "2026-11-13T03:50:00Z",
        "Ambulantes reubicados en el campo ferial de Palomares ya venden el doble",
        """Y una historia distinta. Hace un mes, los 120 comerciantes que la Municipalidad de Palomares trasladó de la vereda al campo ferial de Próceres del Sol temían quedarse sin clientes. Hoy, dicen, venden el doble.

        El campo ferial ya tiene techo, baños y un estacionamiento para 40 autos. La teniente alcaldesa Gladys Cangahuala, que encabezó la negociación con los comerciantes, nos mostró los puestos numerados y las tarjetas de pago sin contacto.

        «En la pista vendía 80 soles al día, aquí 170», cuenta doña Victoria Ccahua, que vende zapatillas. Otros 300 comerciantes se mudarán en diciembre.""",
        m="I T",
        tone="+",
        note="informal commerce success told through figures: no topic",
    ),
    S(
        "w13_074",
        "ciudadtv",
        "2026-11-14T04:05:00Z",
        "Denuncian cobros en consultas «gratuitas» del policlínico municipal de Palomares",
        """Pacientes del Policlínico Municipal Santa Rosa, de San Gregorio de Palomares, denuncian que les cobran entre 10 y 25 soles por consultas que la municipalidad anuncia como gratuitas.

        Nuestra producción fue con cámara escondida. Al pedir una cita de pediatría, la recepcionista nos indicó que la consulta era gratis, pero que «el carné» costaba 15 soles y sin él no nos atendían. El recibo no tenía membrete de la Municipalidad de San Gregorio de Palomares.

        La dirección del policlínico dijo que el carné es «voluntario» y que revisará el caso.""",
        m="I",
        t="salud",
        tone="-",
    ),
    S(
        "w13_075",
        "ciudadtv",
        "2026-11-15T03:25:00Z",
        "Palomares: el recojo de basura se normaliza tras dos semanas de crisis",
        """Y después de dos semanas de crisis, en San Gregorio de Palomares el camión de la basura vuelve a pasar. Estuvimos en la avenida Las Palomas, donde hace diez días los vecinos quemaban los desperdicios.

        Hoy la berma está limpia, barrida y con contenedores nuevos. Los vecinos confirman que el camión pasa todas las noches entre las siete y las nueve. El alcalde Julio César Bendezú nos dijo que quedan seis puntos críticos y que esperan eliminarlos la próxima semana.

        «Ahora sí, pero que no vuelva a pasar», nos dijo don Mauro, el de la bodega de la esquina. La Municipalidad de Palomares convocará la licitación definitiva en diciembre.""",
        m="A I",
        t="limpieza",
        tone="+",
        note="the municipality fixing a problem it had: positive",
    ),
    S(
        "w13_076",
        "ciudadtv",
        "2026-11-16T02:40:00Z",
        "Perfil dominical: Katherine Zevallos, la regidora que incomoda en Palomares",
        """En nuestro segmento dominical, conversamos con la regidora de San Gregorio de Palomares Katherine Zevallos, la única de los once regidores que ha votado en contra de casi todo lo que propone el alcalde Julio César Bendezú.

        Tiene 34 años, es abogada y vive en el sector 6. Desde su curul ha presentado un pedido de vacancia, dos denuncias ante la Contraloría y decenas de pedidos de información. Sus críticos en el concejo dicen que busca cámaras. Ella responde: «Me eligieron para fiscalizar, no para aplaudir».

        En el despacho de alcaldía prefieren no hablar de ella. La teniente alcaldesa Gladys Cangahuala nos dijo que la relación «es de respeto, con diferencias».""",
        m="R A T",
        tone="0",
        note="profile of the opposition regidora with both sides; UTC date is 16 Nov, Lima date 15 Nov",
    ),
    # --- Radio Palomar 1360 AM: district radio, transcripts in the RSS description, date-only pubDate -----------------
    S(
        "w13_077",
        "rpalomar",
        "2026-11-02",
        "Comuna palomarina anuncia horario de recojo de emergencia",
        """Atención, vecinos. La comuna palomarina ha informado esta mañana el horario del recojo de basura durante la emergencia. En los sectores 1, 2 y 3 el camión pasará de siete a diez de la noche; en los sectores 4, 5 y 6, de diez de la noche a una de la mañana; y en los sectores 7, 8 y 9, por la mañana, de seis a nueve.

        Se pide a los vecinos sacar sus bolsas solo cuando escuchen la campana del camión y no dejarlas en los postes ni en los parques.

        Cualquier reclamo puede hacerse al número de la central municipal. Seguimos con la música en Radio Palomar.""",
        m="I",
        t="limpieza",
        tone="0",
        note="service announcement; date-only pubDate",
    ),
    S(
        "w13_078",
        "rpalomar",
        "2026-11-03",
        "Comerciantes del mercado Santa Clotilde piden más serenos en la noche",
        """En nuestros micrófonos, el presidente de la asociación de comerciantes del mercado Santa Clotilde, don Teófilo Arcos, pidió que el serenazgo refuerce la vigilancia en la noche, cuando cierran los puestos.

        «En octubre nos han forzado cuatro puestos. Los serenos pasan a las diez y no vuelven hasta las seis», nos dijo.

        Llamamos al gerente de Seguridad Ciudadana, Edgar Tincopa, quien nos dijo que evaluará colocar una pareja de serenos fija en la puerta del mercado desde la próxima semana.""",
        m="S",
        t="seguridad",
        tone="0",
        note="a request and an answer; neither praise nor blame",
    ),
    S(
        "w13_079",
        "rpalomar",
        "2026-11-04",
        "Vacunación antirrábica gratuita este domingo en la Plaza Cívica",
        """Los dueños de perros y gatos pueden llevar a sus mascotas este domingo, de ocho de la mañana a dos de la tarde, a la Plaza Cívica de San Gregorio de Palomares. La Municipalidad de Palomares y el centro de salud del distrito realizarán una campaña gratuita de vacunación antirrábica.

        Los animales deben ir con correa y, en el caso de perros bravos, con bozal. Se vacunará a partir de los tres meses de edad.

        También habrá desparasitación y charlas sobre tenencia responsable.""",
        m="I",
        t="salud",
        tone="0",
        note="vaccination of dogs counts as salud; announcement",
    ),
    S(
        "w13_080",
        "rpalomar",
        "2026-11-05",
        "Unión Palomares clasifica a la final distrital de la Copa Perú",
        """¡Unión Palomares está en la final! El equipo de nuestro distrito venció 2 a 1 a Sport Chacrasana en un partidazo en el estadio de la Alameda.

        El técnico, profesor Hilario Campos, agradeció al público que llenó las tribunas y pidió a la hinchada acompañar al equipo el domingo. La final será contra Juventud Cahuide.

        Las entradas cuestan cinco soles y se venden en la sede del club.""",
        about=False,
        note="a football club named after the district; no municipal angle",
    ),
    S(
        "w13_081",
        "rpalomar",
        "2026-11-06",
        "Comuna repara en 24 horas el buzón colapsado del jirón Los Tulipanes",
        """Buenas noticias para los vecinos del jirón Los Tulipanes. El buzón de desagüe que colapsó el miércoles por la noche fue reparado ayer por cuadrillas de la Municipalidad de Palomares, que trabajaron toda la noche.

        El colapso se produjo en el tramo de la obra de pistas y veredas que la municipalidad ejecuta en esa calle. Las aguas servidas llegaron a inundar tres casas. Hoy el tránsito está restablecido y las viviendas fueron limpiadas y desinfectadas por la misma cuadrilla.

        Los vecinos llamaron a la radio para confirmar que ya no hay olor.""",
        m="I",
        t="obras",
        tone="+",
        note="the municipality fixing a failure in its own works: positive; sewer works are obras",
    ),
    S(
        "w13_082",
        "rpalomar",
        "2026-11-07",
        "Regidora Zevallos: «El contrato de limpieza debe ir a licitación, no a dedo»",
        """En la entrevista de la mañana, la regidora Katherine Zevallos cuestionó que la municipalidad haya contratado de forma directa a la empresa Ecoservicios Inti para el recojo de basura.

        «Son 6,8 millones de soles por 60 días, a dedo. Esa empresa se creó hace un año y su gerente fue asesor de campaña del alcalde», afirmó la regidora.

        Zevallos dijo que pedirá a la Contraloría una auditoría del proceso. Desde la municipalidad señalaron que la contratación directa está permitida por la ley en situaciones de emergencia.""",
        m="R",
        t="limpieza",
        tone="-",
        note="an accusation of favouritism in the emergency contract; 'el alcalde' bare",
    ),
    S(
        "w13_083",
        "rpalomar",
        "2026-11-09",
        "Municipio palomarino abre inscripciones para su escuela de fútbol de verano",
        """El municipio palomarino ha abierto las inscripciones para la escuela de fútbol de verano, dirigida a niños y niñas de 6 a 14 años. Las clases serán de enero a marzo, de lunes a viernes, en las losas de los nueve sectores.

        La inscripción cuesta 20 soles e incluye el uniforme. Los interesados deben acercarse con el DNI del menor a la Subgerencia de Deporte, en el segundo piso del palacio municipal.

        Hay 1 500 vacantes.""",
        m="I",
        tone="0",
        note="sport: none of the five topics",
    ),
    S(
        "w13_084",
        "rpalomar",
        "2026-11-10",
        "Corte de agua en cinco sectores de Palomares este jueves",
        """Sedapal ha anunciado un corte de agua para este jueves, de ocho de la mañana a ocho de la noche, en los sectores 2, 3, 5, 7 y 8 de San Gregorio de Palomares, por trabajos de empalme en la red matriz de la avenida Próceres del Sol.

        La empresa recomienda almacenar agua en recipientes limpios y tapados. Habrá camiones cisterna en las partes altas.

        Repetimos: jueves, de ocho a ocho, sectores 2, 3, 5, 7 y 8.""",
        about=False,
        note="the water utility's cut, not the municipality; the district is named",
    ),
    S(
        "w13_085",
        "rpalomar",
        "2026-11-11",
        "Concejo exonera de la subida de arbitrios a 38 000 predios de los cerros",
        """Acaba de terminar la sesión de concejo. Los regidores aprobaron por unanimidad exonerar del alza de arbitrios de 2027 a los 38 000 predios de los asentamientos humanos de la parte alta del distrito.

        El alcalde Julio César Bendezú explicó que en esas zonas pagarán lo mismo que este año, y que los adultos mayores con pensión 65 tendrán un descuento adicional de 50 %.

        La medida alcanza a los sectores 7, 8 y 9. Según la Gerencia de Rentas, son familias que en promedio pagan 96 soles de arbitrios al año.""",
        m="A",
        t="tributos",
        tone="+",
        note="a measure favourable to the vecinos, told through figures",
    ),
    S(
        "w13_086",
        "rpalomar",
        "2026-11-12",
        "Clausuran discoteca sin licencia tras una pelea en Santa Clotilde",
        """La municipalidad clausuró esta madrugada la discoteca Barrio Latino, en la avenida Santa Clotilde, luego de una pelea que dejó a dos jóvenes heridos con botellas.

        Los fiscalizadores comprobaron que el local no tenía licencia de funcionamiento ni certificado de Defensa Civil, y que atendía a menores de edad. Se colocaron carteles de clausura y se tapió la puerta.

        El alcalde del distrito había dispuesto en octubre revisar todos los locales nocturnos de esa avenida.""",
        about=True,
        note="position-only: 'la municipalidad' and 'el alcalde del distrito' name nobody; about the municipality's enforcement; licences are no topic",
    ),
    S(
        "w13_087",
        "rpalomar",
        "2026-11-13",
        "Sector 7: desde que se abrió la caseta de serenazgo, ningún asalto en el paradero",
        """Nos llaman los vecinos del sector 7. Desde que en setiembre se instaló la caseta de serenazgo en el paradero final de la línea 45, no se ha reportado un solo asalto en ese punto, donde antes robaban casi todas las noches.

        La caseta tiene dos serenos las 24 horas y una cámara conectada a la central. Según el gerente de Seguridad Ciudadana, Edgar Tincopa, en los tres meses previos se habían registrado 19 robos en ese paradero.

        Los vecinos piden una caseta igual en el paradero de la quebrada.""",
        m="S",
        t="seguridad",
        tone="+",
        note="praise through a negation ('no se ha reportado un solo asalto') and figures",
    ),
    S(
        "w13_088",
        "rpalomar",
        "2026-11-14",
        "Feria de empleo municipal consigue trabajo para 230 vecinos",
        """Un balance de la feria de empleo que organizó la Municipalidad de Palomares el sábado pasado en el campo ferial: 230 vecinos firmaron contrato en el mismo día, de los 1 600 que se presentaron.

        Participaron 42 empresas, entre supermercados, fábricas textiles y empresas de vigilancia. El 60 % de los contratados son jóvenes de 18 a 29 años.

        La próxima feria será en febrero.""",
        m="I",
        tone="+",
        note="employment fair outcome: positive, none of the five topics",
    ),
    # --- Radio Metrópoli 98.3 FM: Lima news radio, full text in RSS ----------------------------------------------------
    S(
        "w13_089",
        "rmetro",
        "2026-11-02T08:30:00-05:00",
        "Alcaldes de Lima Este exigen estado de emergencia por extorsiones",
        """Siete alcaldes de Lima Este, entre ellos el de San Gregorio de Palomares, Julio César Bendezú Alarcón, exigieron al Ejecutivo declarar el estado de emergencia en sus distritos por la ola de extorsiones al transporte público.

        «Cada semana matan a un chofer o le queman una combi. El Gobierno no puede seguir mirando desde la Vía Expresa», dijo Bendezú en la conferencia de prensa conjunta. Los alcaldes pidieron además que las Fuerzas Armadas apoyen el patrullaje en los terminales.

        La Presidencia del Consejo de Ministros respondió que evalúa el pedido.""",
        m="A",
        t="seguridad",
        tone="0",
        note="our Mayor among several, criticising the national government: neutral, about us",
        author="Redacción Metrópoli",
    ),
    S(
        "w13_090",
        "rmetro",
        "2026-11-04T06:15:00-05:00",
        "Cierran un tramo de la avenida Próceres del Sol por obras hasta el domingo",
        """La Municipalidad de San Gregorio de Palomares cerrará desde hoy hasta el domingo el tramo de la avenida Próceres del Sol entre Las Palomas y el jirón Los Olivos, para el vaciado de concreto de la losa del intercambio vial.

        Los vehículos que van hacia el Centro de Lima deberán desviarse por la avenida Santa Clotilde. El transporte público mantendrá sus paraderos en el jirón Los Olivos.

        Se recomienda salir con anticipación.""",
        m="I",
        t="obras",
        tone="0",
        note="traffic notice about a municipal work: obras, neutral",
    ),
    S(
        "w13_091",
        "rmetro",
        "2026-11-06T07:00:00-05:00",
        "Alcalde de Lima presenta plan de limpieza del río Rímac",
        """El alcalde de Lima, Gustavo Arrieta Salomón, presentó el plan para retirar 40 000 toneladas de basura y desmonte de las riberas del río Rímac en los próximos seis meses.

        El burgomaestre metropolitano dijo que el plan incluye cámaras para identificar a quienes arrojan desmonte y multas de hasta 20 000 soles. Participarán los municipios de los distritos ribereños.

        El plan costará 18 millones de soles.""",
        about=False,
        note="the Mayor of Lima ('el burgomaestre metropolitano'); limpieza keywords; our district not involved",
    ),
    S(
        "w13_092",
        "rmetro",
        "2026-11-08T09:20:00-05:00",
        "Palomares inicia la reubicación de 300 ambulantes de la avenida Santa Clotilde",
        """La comuna de Palomares empezó a trasladar a 300 comerciantes ambulantes de la avenida Santa Clotilde al campo ferial de Próceres del Sol. El traslado se hará por cuadras y terminará la primera semana de diciembre.

        Los comerciantes firmaron un acta en la que se comprometen a no regresar a la vía pública. A cambio, pagarán una tasa de 3 soles diarios durante el primer año.

        Según la municipalidad, en la avenida quedarán unos 2 000 ambulantes.""",
        m="I",
        tone="0",
        note="'comuna de Palomares' names the institution; informal commerce, no topic",
    ),
    S(
        "w13_093",
        "rmetro",
        "2026-11-10T07:45:00-05:00",
        "Multan a 12 restaurantes por insalubridad en San Gregorio de Palomares",
        """Inspectores sanitarios de la Municipalidad de Palomares multaron a 12 restaurantes y pollerías de las avenidas Las Palomas y Santa Clotilde durante un operativo nocturno.

        En cuatro locales se encontraron cucarachas en la cocina y en dos, carne sin cadena de frío. Tres cevicherías fueron clausuradas temporalmente. Las multas van de 2 000 a 11 000 soles.

        El operativo se repetirá en diciembre, antes de las fiestas.""",
        m="I",
        t="salud",
        tone="0",
        note="sanitary inspection of restaurants: salud; an enforcement notice, neutral",
    ),
    S(
        "w13_094",
        "rmetro",
        "2026-11-12T08:05:00-05:00",
        "Tincopa: «Siete de cada diez detenidos por robo salen libres en 48 horas»",
        """El gerente de Seguridad Ciudadana de San Gregorio de Palomares, Edgar Tincopa Medrano, criticó al Poder Judicial y a la fiscalía por la liberación de detenidos que el serenazgo entrega a la Policía.

        «Este año hemos puesto a 312 personas a disposición de la comisaría. Siete de cada diez salen libres en 48 horas y vuelven al mismo paradero», dijo en Radio Metrópoli.

        El coronel en retiro pidió que se aplique el proceso inmediato en los casos de flagrancia.""",
        m="S",
        t="seguridad",
        tone="0",
        note="an official criticising the courts: neutral toward us",
        author="Redacción Metrópoli",
    ),
    S(
        "w13_095",
        "rmetro",
        "2026-11-13T18:30:00-05:00",
        "Vecinos bloquean avenida en Palomares para exigir un semáforo tras atropello",
        """Vecinos de la urbanización Los Portales bloquearon durante dos horas la avenida Las Palomas, en San Gregorio de Palomares, para exigir un semáforo en el cruce donde el miércoles un escolar fue atropellado por una combi.

        Según los dirigentes, piden el semáforo desde 2023 y la Municipalidad de Palomares les ha respondido tres veces que «está en evaluación». En el cruce se han registrado cinco atropellos este año.

        El bloqueo se levantó cuando un funcionario se comprometió a instalar rompemuelles esta semana.""",
        m="I",
        tone="-",
        note="traffic safety demand: none of the five topics",
    ),
    S(
        "w13_096",
        "rmetro",
        "2026-11-15T10:00:00-05:00",
        "Palomares sorteará una moto entre sus contribuyentes puntuales",
        """La Municipalidad Distrital de San Gregorio de Palomares sorteará el 28 de diciembre una motocicleta, tres televisores y diez canastas entre los contribuyentes que paguen a tiempo la cuarta cuota del impuesto predial y los arbitrios.

        Participan automáticamente quienes no tengan deudas pendientes al 30 de noviembre. El sorteo será público, en la Plaza Cívica, con presencia de un notario.

        Es el tercer año que la comuna organiza el sorteo.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    # --- El Vecino Informado: district blog, full text with the «se publicó primero en» footer ----------------------------
    S(
        "w13_097",
        "vecino",
        "2026-11-02T22:10:00-05:00",
        "Lo que el contrato de limpieza no dice",
        """Durante tres años, el contrato de limpieza pública de San Gregorio de Palomares costó 38 millones de soles. Revisamos las 214 páginas que la Municipalidad de Palomares entregó por transparencia y encontramos tres cosas que nadie explicó en el concejo.

        Primero: el contrato no tenía penalidades por rutas incumplidas, solo por «quejas acreditadas». Segundo: nunca se instaló la balanza en el patio de maniobras, así que el municipio pagó por toneladas que declaraba la propia empresa. Tercero: la adenda de 2025, que subió el precio en 11 %, la firmó el gerente municipal Aurelio Malpartida sin informe técnico.

        Con ese historial, la emergencia de hoy no es una sorpresa. Es la consecuencia.""",
        m="I G",
        t="limpieza",
        tone="-",
        author="Equipo El Vecino Informado",
    ),
    S(
        "w13_098",
        "vecino",
        "2026-11-04T09:30:00-05:00",
        "Palomares sube al puesto 12 en el ranking de gestión de residuos",
        """El Ministerio del Ambiente publicó su ranking anual de gestión de residuos sólidos municipales con datos de 2025, y San Gregorio de Palomares pasó del puesto 31 al 12 entre los 43 distritos de Lima.

        La mejora se explica por el programa de segregación en la fuente, que llegó a 41 000 viviendas, y por las 1 900 toneladas de reciclables que la Municipalidad de San Gregorio de Palomares entregó a asociaciones de recicladores formalizados.

        La medición no incluye lo ocurrido en las últimas semanas, que corresponde a 2026.""",
        m="I",
        t="limpieza",
        tone="+",
        note="good ranking told through figures, with a caveat about the current crisis",
    ),
    S(
        "w13_099",
        "vecino",
        "2026-11-06T11:00:00-05:00",
        "Guía: cómo pagar el predial en línea y ganar el descuento",
        """Si todavía no pagas la cuarta cuota del impuesto predial, tienes hasta el 30 de noviembre. Te explicamos cómo hacerlo sin salir de casa.

        Entra a la plataforma de la Municipalidad de Palomares con tu código de contribuyente (está en la cuponera). Elige «Pagos en línea», marca las cuotas y paga con tarjeta o con el código que se genera para agentes bancarios. Si pagas el año completo antes del 30, te descuentan el 10 % de los arbitrios de 2027.

        ¿No tienes tu código? Puedes pedirlo por WhatsApp a la Gerencia de Rentas con foto de tu DNI.""",
        m="I",
        t="tributos",
        tone="0",
        note="a service guide: neutral",
    ),
    S(
        "w13_100",
        "vecino",
        "2026-11-08T10:15:00-05:00",
        "¿Quién gobierna Palomares? El Chato y su círculo",
        """Julio César Bendezú llegó a la alcaldía con el voto de los cerros y la promesa de «gobernar desde la calle». Tres años después, las decisiones se toman en una oficina del tercer piso donde casi nunca entra un vecino.

        El círculo es pequeño: el gerente municipal Aurelio Malpartida, su amigo desde los tiempos de la asociación de transportistas; dos asesores sin cargo formal y un sobrino contratado en Desarrollo Económico. Los regidores oficialistas, según uno de ellos, se enteran de los proyectos el día de la sesión.

        El Chato sigue siendo simpático en la feria del domingo. Pero la gestión se parece cada vez menos a la campaña.""",
        m="A G",
        tone="-",
        note="opinion; 'el Chato' plainly the Mayor here; no topic",
    ),
    S(
        "w13_101",
        "vecino",
        "2026-11-09T20:45:00-05:00",
        "Así funciona la central de videovigilancia (cuando funciona)",
        """Fuimos a la central de videovigilancia de San Gregorio de Palomares, que el municipio palomarino presentó en 2023 como «la más moderna de Lima Este». Tiene 24 pantallas, aire acondicionado y un logo enorme en la pared. Lo que no tiene es imagen en 9 de las 24 pantallas.

        Los operadores, seis por turno, siguen las cámaras que sí transmiten. Cuando una zona se apaga, llaman por radio al sereno más cercano para que vaya a ver «a ojo». Muy moderno todo.

        La próxima vez que alguien diga que el distrito está vigilado las 24 horas, conviene preguntar: ¿cuál de las 24?""",
        m="I",
        t="seguridad",
        tone="-",
        note="sarcasm ('Muy moderno todo')",
    ),
    S(
        "w13_102",
        "vecino",
        "2026-11-10T08:00:00-05:00",
        "Palomares en cifras: 520 000 habitantes y un solo hospital",
        """San Gregorio de Palomares tiene más habitantes que Cusco o Chiclayo, pero un solo hospital: el Hospital de Apoyo Santa Clotilde, del Ministerio de Salud, con 98 camas. La OMS recomienda al menos dos camas por cada mil habitantes; el distrito tiene 0,19.

        La emergencia del hospital atiende a 400 personas por día. El proyecto de un segundo hospital, anunciado por el Minsa en 2019, no tiene expediente técnico.

        Los centros de salud de primer nivel, también del Minsa, cierran a las siete de la noche.""",
        about=False,
        note="salud keywords but the hospital and health centres are the Ministry's; the municipality is not concerned",
    ),
    S(
        "w13_103",
        "vecino",
        "2026-11-11T19:30:00-05:00",
        "Cuatro propuestas para el cruce de Cuatro Esquinas",
        """Cada mañana, 60 combis se disputan un paradero pensado para diez. Estas son cuatro ideas que dirigentes, choferes y urbanistas nos dieron para ordenar el cruce de Cuatro Esquinas, y que la Municipalidad de Palomares podría aplicar sin esperar a la ATU.

        Uno: paraderos escalonados, un tramo por cada grupo de rutas. Dos: prohibir el giro a la izquierda en hora punta. Tres: mover a los ambulantes del paradero al campo ferial. Cuatro: inspectores fijos, no rotativos.

        Ninguna cuesta más de 200 000 soles. Lo que falta es decidir.""",
        m="I",
        tone="0",
        note="proposals addressed to the municipality; traffic; neutral",
    ),
    S(
        "w13_104",
        "vecino",
        "2026-11-12T09:40:00-05:00",
        "Las 64 ollas comunes que hoy tienen cocina de verdad",
        """En enero, las ollas comunes de la parte alta de San Gregorio de Palomares cocinaban con leña sobre ladrillos. Hoy 64 de ellas tienen cocina industrial, balón de gas mensual y un almacén con candado.

        El programa lo impulsó la teniente alcaldesa Gladys Cangahuala Ríos desde la comisión de Desarrollo Social, con fondos del Midis y de la propia municipalidad. Cada olla atiende en promedio a 45 personas al día.

        Las dirigentas cuentan que ahora cocinan en la mitad del tiempo. En diciembre se sumarán otras 20 ollas.""",
        m="T",
        tone="+",
        note="social programme outcome: positive, none of the five topics",
    ),
    S(
        "w13_105",
        "vecino",
        "2026-11-14T10:20:00-05:00",
        "Encuesta vecinal: 58 % desaprueba la gestión del alcalde Bendezú",
        """Una encuesta de la consultora Opina Lima Este, aplicada a 800 vecinos de San Gregorio de Palomares entre el 6 y el 10 de noviembre, muestra que el 58 % desaprueba la gestión del alcalde Julio César Bendezú Alarcón. En marzo eran el 39 %.

        Los principales problemas señalados son la basura (71 %), la inseguridad (64 %) y el comercio ambulatorio (38 %). La única área con más aprobación que desaprobación es el Policlínico Municipal.

        El margen de error es de 3,5 puntos.""",
        m="A",
        tone="-",
        note="a poll of the Mayor's administration; topics listed only as survey items: no topic",
    ),
    S(
        "w13_106",
        "vecino",
        "2026-11-15T18:00:00-05:00",
        "La Alameda del Carmen, un domingo sin autos",
        """Desde las siete de la mañana, la Alameda del Carmen estuvo cerrada a los autos. La comuna palomarina organizó el primer «Domingo sin autos»: ciclistas, patinadores, familias con cochecitos y una clase de baile en la rotonda.

        Hubo módulos de reciclaje, préstamo de bicicletas y una feria de productores del valle. El evento se repetirá el último domingo de cada mes.

        Los comerciantes de la alameda tuvieron opiniones divididas: unos vendieron más, otros dicen que sus clientes no pudieron estacionar.""",
        m="I",
        tone="0",
        note="event report with divided opinions; passing mention of recycling modules: no topic",
    ),
    # --- Palomares Noticias: district site without a feed, followed through its section page -----------------------------
    S(
        "w13_107",
        "pnoticias",
        "2026-11-02T12:00:00-05:00",
        "Municipalidad instala 40 contenedores y los puntos críticos bajan de 48 a 21",
        """La Municipalidad de San Gregorio de Palomares instaló durante el fin de semana 40 contenedores de 3 metros cúbicos en las esquinas que se habían convertido en botaderos.

        Según la Subgerencia de Limpieza Pública, el número de puntos críticos del distrito bajó de 48 a 21 en cuatro días. Los contenedores se vacían dos veces al día y se lavan los lunes.

        La comuna pide a los vecinos no dejar desmonte ni muebles viejos junto a los contenedores.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "w13_108",
        "pnoticias",
        "2026-11-03T16:30:00-05:00",
        "Alcalde Bendezú juramenta a la junta vecinal de seguridad de Villa Los Ángeles",
        """El alcalde Julio César Bendezú juramentó a los 22 integrantes de la nueva junta vecinal de seguridad ciudadana del asentamiento humano Villa Los Ángeles, en el sector 8.

        La junta recibirá silbatos, chalecos y una radio conectada a la base del serenazgo. Sus integrantes harán rondas los fines de semana junto con los serenos y la Policía.

        Con esta, el distrito suma 86 juntas vecinales juramentadas.""",
        m="A",
        t="seguridad",
        tone="0",
        note="a ceremony: neutral",
    ),
    S(
        "w13_109",
        "pnoticias",
        "2026-11-05T09:10:00-05:00",
        "Roban 14 medidores de agua en una noche en el sector 3",
        """Vecinos del jirón Los Jazmines despertaron sin agua: durante la madrugada, desconocidos robaron 14 medidores de bronce de las cajas de la vereda.

        Los afectados denunciaron el hecho en la comisaría Santa Clotilde. Sedapal les cobrará 180 soles por cada medidor nuevo.

        La Policía sospecha de una banda que vende el bronce en chatarrerías.""",
        about=False,
        note="a theft in the district handled by police and the water utility; no municipal angle; 'robo' keyword",
    ),
    S(
        "w13_110",
        "pnoticias",
        "2026-11-07T11:45:00-05:00",
        "Cangahuala: «El campo ferial estará listo en diciembre»",
        """La teniente alcaldesa Gladys Cangahuala Ríos informó que las obras de techado del campo ferial de Próceres del Sol terminarán la primera semana de diciembre, lo que permitirá trasladar a 300 ambulantes más de la avenida Santa Clotilde.

        Cangahuala indicó que se han asignado 420 puestos por sorteo. Los serenos resguardarán el campo ferial durante la noche.

        Los comerciantes pagarán 3 soles diarios por el puesto.""",
        m="T",
        tone="0",
        note="informal commerce; passing mention of serenos: no topic",
    ),
    S(
        "w13_111",
        "pnoticias",
        "2026-11-09T13:20:00-05:00",
        "Después de tres años de espera, el jirón Los Tulipanes estrena pistas y veredas",
        """El jirón Los Tulipanes ya no es de tierra. La Municipalidad de Palomares entregó 780 metros de pista de concreto, veredas, rampas para sillas de ruedas y 40 árboles.

        La obra costó 1,9 millones de soles y se terminó en el plazo previsto. El buzón que colapsó hace una semana fue reparado antes de la entrega.

        Los vecinos celebraron con una yunza en la esquina con Las Azucenas.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "w13_112",
        "pnoticias",
        "2026-11-10T10:00:00-05:00",
        "Parroquia San Gregorio Magno celebra su fiesta patronal con procesión",
        """La parroquia San Gregorio Magno, la más antigua del distrito, celebró su fiesta patronal con una misa de campaña y una procesión por las calles del sector 1.

        La imagen del santo recorrió doce cuadras acompañada por la banda de músicos y las hermandades. Al final hubo castillo de fuegos artificiales en el atrio.

        La fiesta continuará el sábado con una verbena.""",
        about=False,
        note="the district's patron saint; no municipal angle",
    ),
    S(
        "w13_113",
        "pnoticias",
        "2026-11-11T15:40:00-05:00",
        "Vecinos de El Bosque rechazan antena de telefonía autorizada por la comuna palomarina",
        """Vecinos de la urbanización El Bosque protestaron frente a una antena de telefonía de 30 metros que una empresa levanta en el techo de un colegio privado, con autorización de la comuna palomarina.

        Los vecinos dicen que nadie les informó y que la antena está a diez metros de un nido. «La autorización se dio en 48 horas; nuestro pedido de información lleva dos meses», dijo la dirigente Irma Lazo.

        La Subgerencia de Obras Privadas indicó que el trámite es automático según la ley de telecomunicaciones.""",
        m="I",
        tone="-",
        note="an antenna permit: none of the five topics",
    ),
    S(
        "w13_114",
        "pnoticias",
        "2026-11-12T08:30:00-05:00",
        "La cuarta cuota del predial vence el 30 de noviembre",
        """La Municipalidad de San Gregorio de Palomares recuerda que el 30 de noviembre vence el plazo para pagar la cuarta cuota del impuesto predial y de los arbitrios de 2026.

        Los pagos pueden hacerse en la plataforma virtual, en el Banco de la Nación y en los módulos de Rentas. Los contribuyentes puntuales participarán en el sorteo de fin de año.

        Después del plazo se aplicarán intereses moratorios.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "w13_115",
        "pnoticias",
        "2026-11-13T17:15:00-05:00",
        "Nueva ambulancia para el Policlínico Municipal Santa Rosa",
        """El Policlínico Municipal Santa Rosa cuenta desde hoy con una ambulancia tipo II, equipada con desfibrilador, oxígeno y camilla de traslado, que atenderá las emergencias de la parte alta del distrito las 24 horas.

        El alcalde Julio César Bendezú entregó las llaves al director del policlínico. La Municipalidad de Palomares compró la unidad con 420 000 soles de recursos propios.

        Hasta ahora, los vecinos de los cerros esperaban hasta una hora por una ambulancia del hospital.""",
        m="A I",
        t="salud",
        tone="+",
    ),
    S(
        "w13_116",
        "pnoticias",
        "2026-11-15T10:50:00-05:00",
        "Gerente Malpartida presenta sus descargos ante la Contraloría",
        """El gerente municipal Aurelio Malpartida Yactayo presentó sus descargos al informe de la Contraloría que observó pagos por 1,2 millones de soles por rutas de limpieza no ejecutadas.

        En un escrito de 60 páginas, Malpartida sostiene que los registros GPS de los camiones fallaban y que los informes de conformidad los elaboraba la Subgerencia de Limpieza Pública. Pide que se archive su caso.

        La fiscalía anticorrupción mantiene abierta una investigación preliminar por los mismos hechos.""",
        m="G",
        t="limpieza",
        tone="-",
        note="the official's defence against an audit finding: still a story about the accusation (negative)",
    ),
    # --- Revista Ciudad y Poder: opinion columns and letters, full text in the RSS description ------------------------
    S(
        "w13_117",
        "ciudadpoder",
        "2026-11-03T07:00:00-05:00",
        "La basura como método de gobierno",
        """Hay gestiones que caen por un escándalo y otras que se pudren despacio, como una bolsa olvidada en la esquina. La de San Gregorio de Palomares parece de las segundas.

        El contrato de limpieza vencía el 31 de octubre. Se sabía desde 2023. La municipalidad palomarina tuvo tres años para preparar el concurso y lo convocó en setiembre, cuando ya no había tiempo. El resultado era previsible: emergencia, contratación directa, 2 400 toneladas en la calle.

        El alcalde Julio César Bendezú culpa a la empresa saliente. Pero la empresa saliente solo hizo lo que decía el contrato: irse el día que terminaba. Gobernar es, en buena parte, mirar el calendario.""",
        m="A I",
        t="limpieza",
        tone="-",
        author="Mariela Quiroz",
        path="opinion",
    ),
    S(
        "w13_118",
        "ciudadpoder",
        "2026-11-04T07:00:00-05:00",
        "Carta: el serenazgo sí llegó",
        """Señor director:

        El lunes a las once de la noche dos sujetos intentaron forzar la puerta de mi casa en el jirón Las Azucenas. Llamé a la central de la Municipalidad de Palomares y en cuatro minutos llegó una camioneta con dos serenos. Los sujetos huyeron, pero uno fue detenido a dos cuadras.

        Se escribe mucho de lo que no funciona. Quería dejar constancia de esto, que también ocurre.

        Rosalía Mendoza Chuquimango, vecina del sector 2.""",
        m="I",
        t="seguridad",
        tone="+",
        note="a reader's letter; praise through facts (four minutes, a detention)",
        path="cartas",
    ),
    S(
        "w13_119",
        "ciudadpoder",
        "2026-11-05T07:00:00-05:00",
        "El Chato y el arte de culpar a otros",
        """Si la basura se acumula, es culpa de la empresa. Si roban en el paradero, es culpa del ministro. Si las combis bloquean el cruce, es culpa de la ATU. Julio César Bendezú, el Chato, ha perfeccionado en tres años un arte que pocos alcaldes dominan tan bien: el de tener siempre un responsable a la mano, con tal de que no sea él.

        Algunas de sus quejas son justas; el Estado ha abandonado a Lima Este. Pero 96 cámaras apagadas no son culpa del ministro, y un contrato vencido no es culpa de la empresa.

        Un alcalde que nunca se equivoca es un alcalde que no aprende.""",
        m="A",
        t="limpieza seguridad",
        tone="-",
        note="opinion column; both garbage and security are what it is about",
        author="Ernesto Valdivia",
        path="opinion",
    ),
    S(
        "w13_120",
        "ciudadpoder",
        "2026-11-06T07:00:00-05:00",
        "Lima, la ciudad de los toldos azules",
        """Quien cruce Lima de este a oeste un sábado verá la misma escena en veinte distritos: toldos azules sobre la vereda, parlantes, carretillas, gente. En Chacrasana, en Villa Cahuide, en San Gregorio de Palomares, en el Centro.

        El comercio ambulatorio no es un problema de orden sino de empleo: siete de cada diez limeños trabajan en la informalidad. Los desalojos solo mueven el problema de una avenida a otra.

        La ciudad necesita mercados, crédito y formalización sencilla. Necesita, sobre todo, dejar de tratar a sus comerciantes como enemigos.""",
        about=False,
        note="a column about Lima that names the district in passing",
        author="Ernesto Valdivia",
        path="opinion",
    ),
    S(
        "w13_121",
        "ciudadpoder",
        "2026-11-07T07:00:00-05:00",
        "Carta: no todo es basura en Palomares",
        """Señor director:

        Vivo frente al parque Los Fresnos. Hace un año era un terral; hoy mis nietos juegan en el grass y los sábados hay clases de taichí. La Municipalidad de Palomares lo remodeló en siete meses y el riego se hace con agua tratada.

        Los medios hablan estos días solo de la basura, y tienen razón en quejarse. Pero también hay cosas que se hacen bien y conviene contarlas.

        Augusto Reátegui Flores, jubilado.""",
        m="I",
        t="obras",
        tone="+",
        note="a letter praising a park remodelling; the garbage crisis is a passing mention: obras only",
        path="cartas",
    ),
    S(
        "w13_122",
        "ciudadpoder",
        "2026-11-08T07:00:00-05:00",
        "Debate: ¿contratar el recojo o hacerlo con camiones propios?",
        """La crisis de la basura abrió en Palomares un debate que otros distritos ya tuvieron. La regidora Katherine Zevallos propone que la municipalidad compre su propia flota y contrate a los obreros directamente: «En tres años la inversión se paga sola», sostiene.

        El gerente municipal Aurelio Malpartida defiende la tercerización: «Un camión propio se malogra y se queda un mes en el taller porque la compra de repuestos tarda; la empresa lo reemplaza al día siguiente».

        Los especialistas consultados coinciden en que ambos modelos pueden funcionar. La Municipalidad de San Gregorio de Palomares deberá decidir antes de la licitación de diciembre.""",
        m="R G I",
        t="limpieza",
        tone="0",
        note="a neutral debate between two of ours",
        author="Redacción",
        path="opinion",
    ),
    S(
        "w13_123",
        "ciudadpoder",
        "2026-11-09T07:00:00-05:00",
        "¡Qué eficiencia!",
        """¡Qué eficiencia la de la comuna palomarina! Catorce meses para pintar un paso de cebra frente al colegio Fe y Alegría. Catorce. El expediente, según consta en el portal de transparencia, pasó por seis oficinas y recibió cuatro informes técnicos.

        Mientras tanto, los escolares cruzaban la avenida Las Palomas corriendo entre las combis. El paso de cebra se pintó finalmente el jueves. Mide once metros.

        A este ritmo, el semáforo llegará cuando los niños estén en la universidad.""",
        m="I",
        tone="-",
        note="sarcasm: praise words meaning the opposite; road signs are none of the five topics",
        author="Mariela Quiroz",
        path="opinion",
    ),
    S(
        "w13_124",
        "ciudadpoder",
        "2026-11-10T07:00:00-05:00",
        "Tribuna: Lima necesita una policía metropolitana",
        """Por Julio César Bendezú Alarcón, alcalde de San Gregorio de Palomares.

        Los alcaldes de Lima pagamos serenos, cámaras y camionetas, pero no podemos detener a nadie. La Policía Nacional tiene el mando, pero no tiene patrulleros. Esa división absurda es la que aprovecha la delincuencia.

        Propongo que el Congreso cree una policía metropolitana, con mando municipal y formación de la PNP, financiada con una parte del impuesto a la renta que Lima genera. Bogotá y Ciudad de México lo discuten hace años. Lima no puede seguir esperando al próximo ministro.""",
        m="A",
        t="seguridad",
        tone="0",
        note="an op-ed by the Mayor criticising the national system: neutral",
        path="opinion",
    ),
    S(
        "w13_125",
        "ciudadpoder",
        "2026-11-11T07:00:00-05:00",
        "Carta: pagué el predial en diez minutos",
        """Señor director:

        Durante años, pagar el predial de mi madre en Palomares me costaba una mañana entera de cola. Esta semana lo hice desde el celular en diez minutos, con el código que la Municipalidad de Palomares me envió por WhatsApp, y el recibo llegó a mi correo.

        No sé quién lo diseñó, pero funciona. Ojalá los demás trámites sigan el mismo camino.

        Jorge Luis Anaya, sector 4.""",
        m="I",
        t="tributos",
        tone="+",
        note="a letter; praise through facts",
        path="cartas",
    ),
    S(
        "w13_126",
        "ciudadpoder",
        "2026-11-12T07:00:00-05:00",
        "Dos Bendezú, dos estilos",
        """No son parientes, aunque en Lima Este muchos lo creen. Ramiro Bendezú gobierna Chacrasana; Julio César Bendezú, San Gregorio de Palomares. Los separa una avenida y los une un apellido.

        Los números no dan un ganador claro. Palomares recauda el doble por habitante y tiene un policlínico que Chacrasana envidia; Chacrasana limpia mejor, inauguró su mercado y no tiene cámaras apagadas. El alcalde de Palomares pelea con ministros; el de Chacrasana firma convenios con sus vecinos.

        Quizás lo mejor sería que se copiaran. No el apellido, que ya lo tienen, sino lo que a cada uno le sale bien.""",
        m="A",
        tone="0",
        note="namesakes side by side; a balanced comparison: neutral; no topic (many in passing)",
        author="Ernesto Valdivia",
        path="opinion",
    ),
    S(
        "w13_127",
        "ciudadpoder",
        "2026-11-13T07:00:00-05:00",
        "No es cierto que Palomares sea el distrito más inseguro de Lima",
        """No es cierto que San Gregorio de Palomares sea el distrito más inseguro de Lima, como repiten algunos programas de televisión. Las cifras del Ministerio del Interior dicen otra cosa: las denuncias por robo en el distrito bajaron 12 % entre enero y setiembre, mientras que en Lima Metropolitana subieron 4 %.

        La caída coincide con el patrullaje integrado que el serenazgo de la Municipalidad de San Gregorio de Palomares hace con la comisaría desde marzo, y con las casetas fijas en los paraderos de la parte alta.

        Falta mucho, desde luego. Pero repetir un dato falso no ayuda a nadie.""",
        m="I",
        t="seguridad",
        tone="+",
        note="negation used to defend the municipality's results: positive",
        author="Rodrigo Salas Ugarte",
        path="opinion",
    ),
    S(
        "w13_128",
        "ciudadpoder",
        "2026-11-14T07:00:00-05:00",
        "Carta: el burgomaestre que sí contesta",
        """Señor director:

        Trabajo en Villa Cahuide y vivo en Palomares. La semana pasada escribí por redes a la burgomaestra de Villa Cahuide por un bache frente a mi trabajo; me respondió su equipo en dos horas y el bache se tapó al día siguiente.

        Quería contarlo porque no es frecuente. Ojalá sea contagioso.

        Milagros Ccanto Ríos.""",
        about=False,
        note="a letter about another district's burgomaestra; the writer lives in Palomares (place only)",
        path="cartas",
    ),
    # --- Alerta Vecinal Palomares: a neighbourhood page of short, social-media-style notes; teasers in RSS ---------------
    S(
        "w13_129",
        "alerta",
        "2026-11-02T08:05:00-05:00",
        "Av. Las Palomas cuadra 14: seis días con la basura en la puerta",
        """Vecinos nos mandan fotos de la cuadra 14 de la avenida Las Palomas: seis días sin que pase el camión, bolsas hasta la altura del paradero y perros rompiendo todo.

        ¿Hasta cuándo, Municipalidad de Palomares? Los arbitrios sí se cobran a tiempo.

        Comparte para que llegue a quien tiene que llegar.""",
        m="I",
        t="limpieza",
        tone="-",
        note="social-media-style note",
    ),
    S(
        "w13_130",
        "alerta",
        "2026-11-03T19:40:00-05:00",
        "Robo al paso en el paradero Cuatro Esquinas a las 7 p. m. y ni un sereno a la vista",
        """ATENCIÓN: hace media hora dos sujetos en moto le arrancaron la cartera a una señora en el paradero Cuatro Esquinas. La arrastraron dos metros. Está golpeada pero consciente.

        La gente llamó a la central del serenazgo y nadie llegó en veinte minutos. La caseta de la esquina estaba cerrada, como siempre.

        Si alguien tiene video, mándenos por interno.""",
        about=True,
        t="seguridad",
        tone="-",
        note="position-only: criticism of the district's serenazgo with no name of ours; about the service",
    ),
    S(
        "w13_131",
        "alerta",
        "2026-11-04T22:15:00-05:00",
        "Serenazgo recupera moto robada en 20 minutos en el sector 6",
        """Buena noticia para variar: a don Eusebio le robaron su moto lineal a las 9 de la noche frente a su casa, en el jirón Los Cipreses. Llamó a la central y en 20 minutos el serenazgo la encontró abandonada en la quebrada, con las llaves puestas.

        Dice don Eusebio que los serenos la siguieron por las cámaras.

        Así sí.""",
        about=True,
        t="seguridad",
        tone="+",
        note="position-only: the serenazgo praised through facts, nobody of ours named",
    ),
    S(
        "w13_132",
        "alerta",
        "2026-11-05T07:10:00-05:00",
        "Comunicado: cierre de Av. Próceres del Sol por obra del intercambio vial",
        """La Municipalidad de San Gregorio de Palomares informa que hasta el domingo 8 permanecerá cerrado el tramo de la Av. Próceres del Sol entre Las Palomas y el Jr. Los Olivos por trabajos de la obra del intercambio vial.

        Desvíos por la Av. Santa Clotilde. Paraderos provisionales en el Jr. Los Olivos.

        Agradecemos su comprensión.""",
        m="I",
        t="obras",
        tone="0",
        note="a municipal notice reposted: neutral",
    ),
    S(
        "w13_133",
        "alerta",
        "2026-11-06T13:30:00-05:00",
        "Se busca a Toby, perrito perdido en la urbanización El Bosque",
        """Se perdió Toby, schnauzer gris de 4 años, con collar rojo. Salió de su casa en la calle Los Sauces, urbanización El Bosque, el jueves en la tarde.

        Es muy cariñoso y responde a su nombre. Su familia ofrece recompensa.

        Cualquier información, por interno a esta página.""",
        about=False,
        note="a classified-style post in the district",
    ),
    S(
        "w13_134",
        "alerta",
        "2026-11-07T18:20:00-05:00",
        "Jr. Los Tulipanes: la pista que esperamos tres años ya está casi lista",
        """Los vecinos del Jr. Los Tulipanes nos mandan fotos: ya vaciaron el concreto de la última cuadra y están pintando las rampas. La comuna palomarina dice que la entrega es el lunes.

        Tres años comiendo polvo. Ahora los niños van a poder montar bicicleta en la puerta de la casa.

        Ojalá les toque a las calles de al lado.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "w13_135",
        "alerta",
        "2026-11-14T08:40:00-05:00",
        "Santa Clotilde: el camión de basura ya pasa todos los días a las 7",
        """Actualización que nos piden varios vecinos: en Santa Clotilde el camión de basura ya pasa todos los días a las 7 de la noche, con campana, y los barrenderos limpian la esquina después.

        Hace dos semanas aquí no se podía caminar. Hoy las esquinas están limpias.

        Señor alcalde Bendezú, que siga así después de la emergencia.""",
        m="A",
        t="limpieza",
        tone="+",
        note="the service restored: positive; 'alcalde Bendezú' alias",
    ),
    S(
        "w13_136",
        "alerta",
        "2026-11-09T10:00:00-05:00",
        "Despistaje gratuito de diabetes e hipertensión este sábado",
        """Este sábado 14, de 8 a.m. a 1 p.m., habrá campaña gratuita de despistaje de diabetes, hipertensión y colesterol en el local comunal de Villa Los Ángeles.

        La organiza la Municipalidad de Palomares con el Policlínico Municipal Santa Rosa. Ir en ayunas y con DNI.

        Comparte con tus vecinos mayores.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "w13_137",
        "alerta",
        "2026-11-10T21:00:00-05:00",
        "¿Sabías que cuatro de cada diez serenos trabajan sin chaleco antibalas?",
        """Según la respuesta que la Municipalidad de Palomares dio a un pedido de acceso a la información de un vecino, solo 240 de los 410 serenos tienen chaleco antibalas vigente. El resto patrulla sin protección o con chalecos vencidos desde 2022.

        La compra de 200 chalecos está «en evaluación presupuestal» desde marzo.

        Ellos nos cuidan. ¿Quién los cuida a ellos?""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "w13_138",
        "alerta",
        "2026-11-11T12:15:00-05:00",
        "Encuesta: ¿te funciona el nuevo horario de recojo de basura?",
        """El municipio palomarino cambió el horario de recojo por la emergencia: en los sectores 1 al 3 el camión pasa de 7 a 10 de la noche; en los sectores 4 al 6, de 10 de la noche a 1 de la mañana.

        Queremos saber: ¿te funciona el nuevo horario o preferías el anterior? Vota en los comentarios.

        Los resultados los mandaremos a la Subgerencia de Limpieza.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    S(
        "w13_139",
        "alerta",
        "2026-11-12T17:50:00-05:00",
        "Parque El Retablo: la obra lleva un mes abandonada",
        """Hace un mes que nadie trabaja en la obra del parque El Retablo. Quedaron zanjas abiertas, fierros al aire y el cerco de malla caído. Los niños entran a jugar entre los materiales.

        El cartel dice que la Municipalidad de San Gregorio de Palomares debía entregar el parque el 30 de octubre. Ni un obrero desde el 10.

        Vecinos del sector 5, ¿alguien sabe qué pasó con el contratista?""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "w13_140",
        "alerta",
        "2026-11-13T20:30:00-05:00",
        "Serenos del sector 5 atrapan al carterista que le robó a don Alberto",
        """Don Alberto, el zapatero de la esquina del mercado, nos pide agradecer públicamente a los serenos de la Municipalidad de Palomares de la base del sector 5. Un carterista le sacó la billetera con la plata de la semana y en diez minutos los serenos lo tenían reducido.

        Le devolvieron sus 640 soles y su DNI en la misma comisaría.

        Así se trabaja, muchachos.""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "w13_141",
        "alerta",
        "2026-11-13T09:20:00-05:00",
        "Atentos: mañana fumigación contra el zancudo en los sectores 2 y 3",
        """Mañana sábado, desde las 8 a.m., brigadas de la Municipalidad de Palomares fumigarán casa por casa en los sectores 2 y 3 para prevenir el dengue.

        Dejen las puertas abiertas, tapen los alimentos y saquen a las mascotas durante 30 minutos. Las brigadas llevan fotocheck.

        También recogerán llantas y cilindros en desuso.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "w13_142",
        "alerta",
        "2026-11-15T11:30:00-05:00",
        "Chacrasana también tiene lo suyo: basura en su mercado",
        """Para los que dicen que solo Palomares tiene problemas: así amaneció hoy la puerta del mercado La Unión, en Chacrasana, con bolsas de basura y cajas de fruta podrida en toda la vereda.

        Vecinos de ese distrito dicen que el camión no pasó el sábado.

        En todos lados se cuecen habas.""",
        about=False,
        note="garbage in another district; our district named only in comparison",
    ),
    # --- Lima al Instante: aggregator, full text; its own pieces, then copies with new headlines ------------------------
    S(
        "w13_143",
        "instante",
        "2026-11-05T14:00:00-05:00",
        "Los 10 distritos de Lima con más denuncias por robo en 2026",
        """Según las estadísticas del Ministerio del Interior, estos son los diez distritos de Lima Metropolitana con más denuncias por robo entre enero y setiembre de 2026.

        Encabeza la lista el Cercado de Lima, con 9 800 denuncias, seguido de Chacrasana y Villa Cahuide. San Gregorio de Palomares aparece en el séptimo lugar, con 4 100 denuncias.

        En términos relativos, por cada mil habitantes, la lista cambia: los distritos del centro superan ampliamente a los del cono este.""",
        about=False,
        note="a ranking that lists the district; no municipal angle; 'robo' keyword",
    ),
    S(
        "w13_144",
        "instante",
        "2026-11-12T15:30:00-05:00",
        "Municipalidad de San Gregorio de Palomares convoca concurso de nacimientos navideños",
        """La Municipalidad de San Gregorio de Palomares convocó al concurso de nacimientos navideños 2026, abierto a juntas vecinales, colegios, mercados y familias del distrito.

        Habrá premios de 3 000, 2 000 y 1 000 soles. Las inscripciones están abiertas hasta el 10 de diciembre y la calificación se hará del 15 al 20.

        Se valorará el uso de materiales reciclados y de la tradición andina.""",
        m="I",
        tone="0",
        note="culture: none of the five topics",
    ),
    S(
        "w13_145",
        "instante",
        "2026-11-14T12:00:00-05:00",
        "Pisco Palomares, de Ica, gana medalla de oro en Bruselas",
        """La bodega iqueña Palomares obtuvo la medalla de oro en el Concurso Mundial de Bruselas con su pisco quebranta 2024, el único destilado peruano premiado en esa categoría.

        La bodega, fundada en 1932 en el valle de Ica, produce 40 000 litros al año. «Es un premio para todo el valle», dijo su enóloga.

        El pisco Palomares se exporta a seis países.""",
        about=False,
        note="place trap: a pisco producer called Palomares in Ica",
    ),
    # --- Syndicated copies: own headline, sometimes own lead (lead=) or a credit line (extra=) -----------------------
    C(
        "w13_146",
        "w13_001",
        "instante",
        "2026-11-02T11:30:00-05:00",
        "Palomares declara emergencia en limpieza pública por 60 días",
        extra="Con información de Agencia Continental de Noticias.",
    ),
    C(
        "w13_147",
        "w13_001",
        "gaceta",
        "2026-11-02T13:00:00-05:00",
        "Emergencia por la basura en San Gregorio de Palomares",
        lead="San Gregorio de Palomares, uno de los distritos más poblados de Lima Este, declaró en emergencia su servicio de limpieza pública por 60 días, luego de que venciera el contrato con la empresa Limpiezas Urbanas Wayra SAC sin que se hubiera convocado a una nueva licitación.",
        m="A R",
        note="copy whose rewritten lead drops the institution's name ('la comuna' later is bare): only the Mayor and the regidora remain",
    ),
    C(
        "w13_148",
        "w13_003",
        "instante",
        "2026-11-04T12:45:00-05:00",
        "Contraloría: Palomares pagó S/ 1,2 millones por rutas de basura que no existieron",
        extra="Fuente: Agencia Continental de Noticias.",
    ),
    C(
        "w13_149",
        "w13_003",
        "metiche",
        "2026-11-05T05:30:00-05:00",
        "¡BASURA DE CONTRATO! Pagaron por rutas que nunca se hicieron",
    ),
    C(
        "w13_150",
        "w13_004",
        "rmetro",
        "2026-11-05T10:10:00-05:00",
        "Bendezú pide 20 millones al MEF para su serenazgo",
        extra="Información de Agencia Continental de Noticias.",
    ),
    C(
        "w13_151",
        "w13_005",
        "instante",
        "2026-11-06T11:20:00-05:00",
        "Predial: Palomares recauda 41,6 millones, 18 % más que el año pasado",
    ),
    C(
        "w13_152",
        "w13_007",
        "vecino",
        "2026-11-09T12:00:00-05:00",
        "Convenio con el Minsa: tamizaje de anemia para 12 000 niños del distrito",
        extra="Nota de Agencia Continental de Noticias reproducida con autorización.",
    ),
    C(
        "w13_153",
        "w13_008",
        "instante",
        "2026-11-10T09:00:00-05:00",
        "Cae «Los Malditos del Cerro»: serenos y policías recuperan S/ 18 000",
    ),
    C(
        "w13_154",
        "w13_008",
        "metiche",
        "2026-11-11T05:30:00-05:00",
        "¡CAYERON LOS MALDITOS DEL CERRO! Cámaras los siguieron hasta su guarida",
        lead="¡Se les acabó la fiesta! Cinco presuntos integrantes de la banda «Los Malditos del Cerro» fueron capturados la noche del lunes en San Gregorio de Palomares, minutos después de asaltar a dos cambistas en el paradero Cuatro Esquinas.",
    ),
    C(
        "w13_155",
        "w13_009",
        "gaceta",
        "2026-11-11T15:20:00-05:00",
        "Edificio de 18 pisos en zona de cinco: vecinos de El Bosque acuden a la Defensoría",
    ),
    C(
        "w13_156",
        "w13_011",
        "instante",
        "2026-11-13T09:40:00-05:00",
        "Palomares sin recojo: obreros de limpieza paralizan por falta de pago",
    ),
    C(
        "w13_157",
        "w13_011",
        "rpalomar",
        "2026-11-13",
        "Paralizan los obreros de limpieza: hoy no pasa el camión",
        extra="Radio Palomar seguirá informando. Si el camión no pasó por su calle, llame a la cabina.",
    ),
    C(
        "w13_158",
        "w13_012",
        "capital",
        "2026-11-14T16:00:00-05:00",
        "El recojo de basura se normaliza en Palomares tras dos semanas de emergencia",
        extra="(Agencia Continental de Noticias)",
    ),
    C(
        "w13_159",
        "w13_013",
        "instante",
        "2026-11-02T09:15:00-05:00",
        "Cinco días sin recojo: así luce la avenida Las Palomas",
        extra="Fuente: Diario La Capital.",
    ),
    C(
        "w13_160",
        "w13_015",
        "instante",
        "2026-11-03T10:30:00-05:00",
        "El intercambio vial de Palomares se entregaría dos meses antes de lo previsto",
    ),
    C(
        "w13_161",
        "w13_017",
        "instante",
        "2026-11-04T08:45:00-05:00",
        "96 cámaras apagadas: la videovigilancia de Palomares, a medias",
        extra="Con información de Diario La Capital.",
    ),
    C(
        "w13_162",
        "w13_018",
        "pnoticias",
        "2026-11-05T09:00:00-05:00",
        "El Policlínico Santa Rosa duplicó sus consultas gratuitas en octubre",
    ),
    C(
        "w13_163",
        "w13_019",
        "instante",
        "2026-11-05T10:20:00-05:00",
        "¿Cuánto pagarás de arbitrios en Palomares en 2027?",
    ),
    C(
        "w13_164",
        "w13_024",
        "instante",
        "2026-11-08T11:00:00-05:00",
        "Dos años, 41 %: la obra eterna de Los Libertadores",
        extra="Fuente: Diario La Capital.",
    ),
    C(
        "w13_165",
        "w13_030",
        "pnoticias",
        "2026-11-12T12:30:00-05:00",
        "Virgen de Cocharcas ya tiene su muro de contención",
    ),
    C(
        "w13_166",
        "w13_031",
        "instante",
        "2026-11-12T22:10:00-05:00",
        "Fiscalía abre investigación contra el gerente municipal de Palomares",
    ),
    C(
        "w13_167",
        "w13_040",
        "instante",
        "2026-11-07T10:00:00-05:00",
        "Piden la vacancia del Chato Bendezú por contratar a un sobrino",
        note="copy whose headline adds the nickname",
    ),
    C(
        "w13_168",
        "w13_039",
        "instante",
        "2026-11-06T12:10:00-05:00",
        "400 niños tamizados contra la anemia en una sola jornada en Palomares",
    ),
    C(
        "w13_169",
        "w13_064",
        "alerta",
        "2026-11-04T07:30:00-05:00",
        "VIDEO: serenos golpean a una señora ambulante en Santa Clotilde",
        lead="Indignante lo que mostró anoche Ciudad TV: un video grabado por un vecino muestra a cuatro serenos de San Gregorio de Palomares golpeando a una comerciante ambulante en el suelo, en la cuadra 9 de la avenida Santa Clotilde.",
        note="copy of a TV transcript with a rewritten lead",
    ),
    C(
        "w13_170",
        "w13_068",
        "instante",
        "2026-11-08T09:30:00-05:00",
        "Cuatro horas con una patrulla de serenos en Palomares",
        extra="Fuente: Ciudad TV Canal 13.",
    ),
    C(
        "w13_171",
        "w13_053",
        "alerta",
        "2026-11-06T09:00:00-05:00",
        "El alcalde le responde al ministro: «Que venga a caminar de noche por Palomares»",
    ),
    C(
        "w13_172",
        "w13_089",
        "instante",
        "2026-11-02T10:40:00-05:00",
        "Siete alcaldes de Lima Este piden estado de emergencia",
        extra="Con información de Radio Metrópoli.",
    ),
    C(
        "w13_173",
        "w13_022",
        "vecino",
        "2026-11-07T09:00:00-05:00",
        "El parque Los Fresnos volvió a la vida",
        extra="Reproducido de Diario La Capital.",
    ),
    C(
        "w13_174",
        "w13_006",
        "instante",
        "2026-11-07T14:10:00-05:00",
        "Chacrasana estrena mercado modelo con 320 puestos",
        note="copy of a namesake story: not about us",
    ),
    C(
        "w13_175",
        "w13_010",
        "rmetro",
        "2026-11-12T12:00:00-05:00",
        "Dengue: 140 casos en Lima Norte, ninguno en Lima Este",
        note="copy of a story not about us",
    ),
    C(
        "w13_176",
        "w13_058",
        "instante",
        "2026-11-11T10:15:00-05:00",
        "Le cobran S/ 4 000 de predial a una abuela de 81 años por su casa de adobe",
    ),
    C(
        "w13_177",
        "w13_060",
        "alerta",
        "2026-11-13T10:05:00-05:00",
        "La municipalidad anuló el cobro a doña Eulogia",
    ),
    C(
        "w13_178",
        "w13_111",
        "instante",
        "2026-11-09T16:00:00-05:00",
        "Jirón Los Tulipanes: 780 metros de pista después de tres años",
        extra="Fuente: Palomares Noticias.",
    ),
    C(
        "w13_179",
        "w13_115",
        "alerta",
        "2026-11-13T19:00:00-05:00",
        "¡Por fin ambulancia para los cerros!",
    ),
    C(
        "w13_180",
        "w13_127",
        "instante",
        "2026-11-13T11:30:00-05:00",
        "Opinión: Palomares no es el distrito más inseguro de Lima",
        extra="Columna publicada originalmente en Revista Ciudad y Poder.",
    ),
    C(
        "w13_181",
        "w13_073",
        "instante",
        "2026-11-13T08:20:00-05:00",
        "Del paradero al campo ferial: los ambulantes reubicados venden el doble",
    ),
    C(
        "w13_182",
        "w13_122",
        "instante",
        "2026-11-08T12:00:00-05:00",
        "¿Camiones propios o empresa? El debate de la basura en Palomares",
    ),
]
