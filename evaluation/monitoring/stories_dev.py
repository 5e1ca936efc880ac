# ruff: noqa: E501
"""Dev split: stories others may tune on. Written by hand for the evaluation; every name, outlet and place is invented.

Codes: m = who is named (A alcalde Rigoberto Salcedo Huamaní «el Tigre», G gerenta Lucía Ferrándiz Tapia,
T teniente alcaldesa Carmen Yupanqui Soto, R regidor Óscar Llerena Vilca, S gerente de seguridad Wilber Ñaupari
Cóndor, I the Municipalidad Distrital de Pampa Alondra); t = topics; tone toward the municipality (+ 0 -);
about = the story concerns the municipality (defaults to "someone of ours is named").
"""


def S(id, src, date, title, body, **labels):
    return {"id": id, "src": src, "date": date, "title": title, "body": body, **labels}


def C(id, of, src, date, title, **changes):
    return {"id": id, "of": of, "src": src, "date": date, "title": title, **changes}


SOURCES = {
    "express": {
        "name": "Express Norte",
        "outlet": "express",
        "format": "truncated",
        "path": "/rss.xml",
        "copies_of": ["d004", "d009"],
    },
    "boletin": {"name": "Boletín Vecinal Digital", "outlet": "boletin", "format": "bomb", "path": "/feed"},
    "quinta": {"name": "Semanario La Quinta", "outlet": "quinta", "format": "xxe", "path": "/rss"},
    "voz": {
        "name": "La Voz de Huarancayo",
        "outlet": "voz",
        "format": "rss",
        "mode": "full",
        "path": "/feed/",
        "priority": True,
    },
    "correo": {
        "name": "Correo del Valle",
        "outlet": "correo",
        "format": "rss",
        "mode": "teaser",
        "template": "old",
        "path": "/rss/ultimas.xml",
    },
    "radio": {
        "name": "Radio Alondra 95.3 FM",
        "outlet": "radio",
        "format": "rss",
        "mode": "description",
        "path": "/noticiero/rss",
    },
    "tv": {"name": "Huarancayo TV Canal 7", "outlet": "tv", "format": "atom", "path": "/atom.xml"},
    "ann": {"name": "Agencia Nacional de Noticias", "outlet": "ann", "format": "atom", "path": "/regiones/atom"},
    "peru": {
        "name": "Perú al Día",
        "outlet": "peru",
        "format": "rss",
        "mode": "full",
        "footer": True,
        "path": "/feed/",
    },
    "norte": {
        "name": "Portal Norte Chico",
        "outlet": "norte",
        "format": "rss",
        "mode": "full",
        "path": "/agregador.rss",
    },
    "informativo": {
        "name": "El Informativo Alondrino",
        "outlet": "informativo",
        "format": "section",
        "template": "section",
        "path": "/noticias",
    },
}

STORIES = [
    # --- La Voz de Huarancayo: full text in the feed ---------------------------------------------------------------
    S(
        "d001",
        "voz",
        "2026-11-16T08:10:00-05:00",
        "Pampa Alondra estrena dos camiones compactadores para el recojo de residuos",
        """La Municipalidad Distrital de Pampa Alondra presentó ayer dos camiones compactadores nuevos que reforzarán el recojo de residuos en los asentamientos humanos de la parte alta del distrito, donde los vecinos denunciaban que el servicio pasaba una sola vez por semana.

      El alcalde Rigoberto Salcedo Huamaní explicó que las unidades costaron 1,2 millones de soles y se compraron con recursos del Programa de Incentivos. «Desde el lunes el camión pasará tres veces por semana en Villa Esperanza y Nueva Alondra», afirmó.

      Los dirigentes de ambos sectores saludaron la compra y pidieron que se instalen contenedores en los paraderos, donde suelen formarse puntos críticos de basura.""",
        m="A I",
        t="limpieza",
        tone="+",
    ),
    S(
        "d002",
        "voz",
        "2026-11-16T12:40:00-05:00",
        "Alcalde de Alondra Alta anuncia cierre temporal del botadero de Quebrada Seca",
        """El alcalde del distrito de Alondra Alta, Ernesto Salcedo Paredes, anunció el cierre temporal del botadero de Quebrada Seca tras la inspección del Organismo de Evaluación y Fiscalización Ambiental, que encontró residuos quemados a cielo abierto.

      «Vamos a llevar la basura al relleno sanitario de la provincia mientras se remedia la zona», dijo el alcalde Salcedo Paredes, quien asumió el cargo en enero del año pasado.

      Los recicladores que trabajaban en el botadero pidieron ser incorporados al programa de segregación en la fuente que prepara esa comuna.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: another town's mayor with the same first surname",
    ),
    S(
        "d003",
        "voz",
        "2026-11-17T07:30:00-05:00",
        "Regidor Llerena denuncia sobrecosto en obra de pistas y veredas",
        """El regidor Óscar Llerena Vilca denunció ante el concejo un presunto sobrecosto de 380 mil soles en la obra de pistas y veredas de la avenida Los Álamos, ejecutada por la Municipalidad Distrital de Pampa Alondra desde marzo.

      Según el concejal, el expediente técnico fue modificado tres veces y la empresa contratista recibió adelantos sin haber presentado las cartas fianza completas. Pidió que el caso pase a la Contraloría.

      La gerenta municipal, Lucía Ferrándiz Tapia, respondió que todas las modificaciones fueron aprobadas por resolución y que el informe se entregará en la próxima sesión de concejo.""",
        m="R G I",
        t="obras",
        tone="-",
    ),
    S(
        "d004",
        "voz",
        "2026-11-17T18:20:00-05:00",
        "Serenazgo de Pampa Alondra suma veinte motos y nueva central de videovigilancia",
        """El serenazgo de Pampa Alondra incorporó veinte motocicletas y puso en funcionamiento una central de videovigilancia con 64 cámaras, informó el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor.

      «Los tiempos de respuesta bajaron de veinte a ocho minutos en la zona comercial», sostuvo Ñaupari. La central opera las 24 horas y está conectada con la comisaría del distrito.

      El alcalde Rigoberto Salcedo Huamaní destacó que la inversión fue posible gracias al convenio firmado con el Ministerio del Interior y adelantó que en enero se sumarán cámaras en los colegios.""",
        m="S A",
        t="seguridad",
        tone="+",
    ),
    S(
        "d005",
        "voz",
        "2026-11-18T09:05:00-05:00",
        "Vecinos de Villa Esperanza bloquean avenida por falta de agua",
        """Un grupo de vecinos del asentamiento humano Villa Esperanza, en Pampa Alondra, bloqueó durante tres horas la avenida Túpac Amaru para exigir a la empresa prestadora de saneamiento que restablezca el servicio de agua, cortado desde hace cinco días.

      La empresa atribuyó el corte a la rotura de una tubería matriz en la zona de Quebrada Honda y prometió reponer el suministro en 48 horas. Mientras tanto, cisternas recorren las calles.

      Los manifestantes levantaron la medida tras la llegada de un representante de la prefectura, que se comprometió a instalar una mesa de diálogo el jueves.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="place named, no municipal responsibility (water utility)",
    ),
    S(
        "d006",
        "voz",
        "2026-11-18T20:45:00-05:00",
        "Salcedo Huamaní critica al gobierno regional por abandono del hospital de Huarancayo",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, calificó de «vergonzoso» el estado del hospital provincial de Huarancayo y acusó al gobierno regional de haber dejado paralizada la ampliación de emergencias desde hace dos años.

      «Los pacientes de mi distrito esperan horas en un pasillo. El gobierno regional tiene el dinero y no lo ejecuta; eso es una irresponsabilidad», declaró durante la inauguración de un parque en Nueva Alondra.

      La Dirección Regional de Salud respondió que el proyecto está en etapa de reformulación y que se licitará en el primer trimestre.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor quoted criticising another government: tone toward us neutral",
    ),
    S(
        "d007",
        "voz",
        "2026-11-19T06:50:00-05:00",
        "Amnistía tributaria en Pampa Alondra: descuentos de hasta 90% en arbitrios",
        """La Municipalidad Distrital de Pampa Alondra aprobó una amnistía tributaria que condona hasta el 90% de los intereses y multas por deudas de arbitrios y del impuesto predial acumuladas hasta 2025.

      El beneficio estará vigente hasta el 31 de diciembre y se aplica tanto a viviendas como a pequeños comercios. Los contribuyentes pueden acogerse en la plataforma de atención del palacio municipal o en los módulos itinerantes.

      La medida fue aprobada por unanimidad en la última sesión del concejo.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "d008",
        "voz",
        "2026-11-19T15:15:00-05:00",
        "Caserío Pampa Alondra, en Piura, queda aislado por huaico",
        """Un huaico arrasó la trocha que une el caserío Pampa Alondra, en la provincia piurana de Ayabaca, con la capital distrital, y dejó aisladas a unas 60 familias.

      El Centro de Operaciones de Emergencia Regional de Piura informó que maquinaria del gobierno regional trabaja desde la madrugada para abrir el paso. No se reportan víctimas.

      Los pobladores pidieron víveres y agua, pues el río creció tras tres días de lluvias intensas en la sierra piurana.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake place in another region",
    ),
    S(
        "d009",
        "voz",
        "2026-11-20T10:30:00-05:00",
        "Campaña de vacunación contra la influenza llega a colegios de Pampa Alondra",
        """La teniente alcaldesa de Pampa Alondra, Carmen Yupanqui Soto, encabezó el inicio de la campaña de vacunación contra la influenza y el sarampión en los colegios del distrito, organizada por la municipalidad y la microrred de salud.

      Durante la primera jornada se aplicaron 1 400 dosis en tres instituciones educativas. Las brigadas visitarán otros once colegios hasta el 5 de diciembre.

      Yupanqui pidió a los padres llevar la cartilla de vacunación de sus hijos y recordó que la posta médica de Nueva Alondra atenderá también los sábados.""",
        m="T",
        t="salud",
        tone="+",
    ),
    S(
        "d010",
        "voz",
        "2026-11-20T23:40:00-05:00",
        "Concejo de Pampa Alondra rechaza pedido de vacancia contra el alcalde",
        """El concejo municipal de Pampa Alondra rechazó anoche, por siete votos contra dos, el pedido de vacancia presentado contra el alcalde Rigoberto Salcedo Huamaní por presunto nepotismo en la contratación de un sobrino en la gerencia de obras.

      El regidor Óscar Llerena Vilca, uno de los dos votos a favor, anunció que apelará ante el Jurado Nacional de Elecciones. «No es un tema político, hay documentos», dijo.

      La defensa del alcalde sostuvo que el trabajador fue contratado por concurso y que no tiene relación de parentesco con el burgomaestre.""",
        m="A R",
        t="",
        tone="-",
        note="late-evening story: Lima date is the 20th, UTC date the 21st",
    ),
    S(
        "d011",
        "voz",
        "2026-11-21T11:00:00-05:00",
        "Copa Perú: Sport Alondra clasifica a la etapa departamental",
        """El club Sport Alondra, de Pampa Alondra, venció 2 a 0 a Juventud Quebrada Seca y clasificó a la etapa departamental de la Copa Perú.

      Los goles fueron de Kevin Salcedo y de Jhon Ramos en el segundo tiempo, ante unos tres mil hinchas que llenaron el estadio del distrito.

      El técnico del equipo dedicó el triunfo a los jugadores de la cantera y pidió apoyo a los empresarios locales para los viajes de la siguiente fase.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake surname (Kevin Salcedo), sports story",
    ),
    S(
        "d012",
        "voz",
        "2026-11-22T08:20:00-05:00",
        "Gerenta municipal presenta cronograma de la obra del puente Huancachi",
        """La gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, presentó a los dirigentes del valle el cronograma de la obra del puente Huancachi, que unirá a cinco centros poblados con la carretera Panamericana.

      La licitación se convocará el 15 de diciembre y la construcción durará ocho meses. El presupuesto asciende a 6,4 millones de soles, financiados por el municipio alondrino y el programa Arranca Perú.

      Los agricultores recordaron que cada verano pierden sus cosechas porque el río corta el paso provisional.""",
        m="G I",
        t="obras",
        tone="0",
    ),
    S(
        "d013",
        "voz",
        "2026-11-23T07:45:00-05:00",
        "Nadie puede decir que no se trabaja: tres meses para tapar un bache",
        """¡Qué eficiencia la de la comuna alondrina! Tres meses y dos oficios después, por fin taparon el bache de la esquina de Los Olivos con Grau. Aplausos para la gestión municipal, que convirtió un hueco de medio metro en una obra emblemática.

      Los vecinos, que ya habían sembrado un arbolito dentro del hoyo, no ocultaron su «emoción». Algunos incluso propusieron una placa conmemorativa con el nombre del alcalde Salcedo.

      Mientras tanto, la avenida principal sigue con los mismos huecos del año pasado. Pero no seamos injustos: a este ritmo, en 2040 tendremos pistas nuevas.""",
        m="I A",
        t="obras",
        tone="-",
        note="sarcasm: praise words, negative meaning",
    ),
    S(
        "d014",
        "voz",
        "2026-11-24T16:30:00-05:00",
        "Asaltan agencia bancaria en el centro de Huarancayo",
        """Cuatro delincuentes armados asaltaron la mañana de ayer una agencia bancaria en el jirón Bolognesi, en el centro de Huarancayo, y se llevaron unos 80 mil soles.

      La Policía Nacional informó que los asaltantes huyeron en una camioneta gris hacia la Panamericana Norte. Dos vigilantes resultaron heridos y fueron trasladados al hospital provincial.

      La división de investigación criminal revisa las cámaras de los comercios vecinos para identificar a la banda.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="security keywords, another district, no municipal angle",
    ),
    S(
        "d015",
        "voz",
        "2026-11-25T09:10:00-05:00",
        "El alcalde Salcedo no ha cumplido con la posta de Nueva Alondra, reclaman dirigentes",
        """Dirigentes de Nueva Alondra reclamaron que el alcalde Rigoberto Salcedo Huamaní no ha cumplido con la ampliación de la posta médica que prometió en campaña y que, dos años después, el terreno sigue cercado y sin obras.

      «No nos sirve que venga a tomarse fotos; la posta atiende en un solo ambiente y las madres hacen cola desde las cinco de la mañana», dijo la presidenta del comedor popular, Rosa Inga.

      La Municipalidad de Pampa Alondra indicó en un comunicado que el expediente técnico está en revisión en el Ministerio de Salud.""",
        m="A I",
        t="salud",
        tone="-",
        note="negation: 'no ha cumplido'",
    ),
    S(
        "d016",
        "voz",
        "2026-11-26T13:00:00-05:00",
        "Pampa Alondra premia a los recicladores formalizados",
        """En una ceremonia en la plaza de armas, la Municipalidad Distrital de Pampa Alondra entregó uniformes, equipos de protección y certificados a 45 recicladores que se formalizaron este año como parte del programa de segregación en la fuente.

      El alcalde Rigoberto Salcedo Huamaní señaló que el distrito recupera ya doce toneladas de material reciclable al mes, lo que reduce lo que se lleva al relleno sanitario.

      La asociación de recicladoras Manos Alondrinas agradeció el apoyo y pidió un local para acopiar el material.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    # --- Correo del Valle: teasers in the feed, article pages in an old template with comments -----------------
    S(
        "d017",
        "correo",
        "2026-11-16T06:30:00-05:00",
        "Mercado de Pampa Alondra: comerciantes rechazan traslado",
        """Los comerciantes del mercado central de Pampa Alondra rechazaron el plan de la municipalidad distrital de trasladarlos temporalmente a la losa deportiva de la urbanización Santa Rosa mientras se construye el nuevo mercado.

      La presidenta de la asociación, Marina Salcedo Gutiérrez, dijo que la losa no tiene servicios higiénicos ni agua y que las ventas caerían a la mitad. «Nadie nos consultó», reclamó.

      La Gerencia de Desarrollo Económico de la Municipalidad Distrital de Pampa Alondra respondió que el traslado durará seis meses y que se instalarán baños portátiles y puntos de agua antes de la mudanza.""",
        m="I",
        t="obras",
        tone="-",
        note="a person with the Mayor's surname (Marina Salcedo) who is not him",
    ),
    S(
        "d018",
        "correo",
        "2026-11-16T19:00:00-05:00",
        "Fiscalizan locales nocturnos en Pampa Alondra: clausuran tres",
        """Un operativo conjunto del serenazgo, la Policía y la Subgerencia de Fiscalización de la Municipalidad Distrital de Pampa Alondra clausuró tres discotecas que funcionaban sin licencia ni certificado de defensa civil en la avenida Grau.

      El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, indicó que en uno de los locales se encontró a menores de edad consumiendo alcohol y que el caso fue derivado a la fiscalía.

      Los operativos continuarán todos los fines de semana hasta fin de año, anunció el funcionario.""",
        m="I S",
        t="seguridad",
        tone="+",
    ),
    S(
        "d019",
        "correo",
        "2026-11-17T08:00:00-05:00",
        "Basura se acumula en el óvalo Grau pese a denuncias",
        """Montículos de basura se acumulan desde hace una semana en el óvalo Grau, el principal ingreso a Pampa Alondra, sin que el camión de limpieza pública pase a recogerlos, denunciaron vecinos y mototaxistas de la zona.

      «El olor es insoportable y ya hay perros y gallinazos», dijo un comerciante. Los vecinos grabaron videos que circulan en redes sociales con el lema «Pampa Alondra, capital de la basura».

      Consultada por este diario, la Municipalidad Distrital de Pampa Alondra atribuyó el problema a una avería del camión compactador y aseguró que el servicio se normalizará el lunes.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "d020",
        "correo",
        "2026-11-18T07:15:00-05:00",
        "Yupanqui: «Las madres de los comedores serán capacitadas en nutrición»",
        """La teniente alcaldesa Carmen Yupanqui Soto anunció que la municipalidad capacitará a las madres de los 32 comedores populares de Pampa Alondra en preparación de alimentos ricos en hierro, como parte de la lucha contra la anemia infantil.

      Los talleres comenzarán en diciembre con apoyo de nutricionistas del centro de salud y de una universidad privada de la región.

      Según cifras de la red de salud, el 38% de los niños menores de tres años del distrito tiene anemia, por encima del promedio regional.""",
        m="T",
        t="salud",
        tone="+",
    ),
    S(
        "d021",
        "correo",
        "2026-11-18T17:40:00-05:00",
        "Carmen Yupanqui lidera a la selección regional de vóley en los Juegos Bolivarianos escolares",
        """La voleibolista Carmen Yupanqui Ríos, de 16 años, será la capitana de la selección regional que competirá en los Juegos Escolares Bolivarianos en Arequipa.

      Yupanqui, alumna de un colegio de Huarancayo, entrena cinco horas diarias y fue elegida la mejor atacante del torneo nacional de septiembre.

      Sus padres pidieron apoyo a las empresas de la provincia para cubrir los pasajes del equipo, que aún no tiene patrocinador.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake of the teniente alcaldesa",
    ),
    S(
        "d022",
        "correo",
        "2026-11-19T09:30:00-05:00",
        "Contribuyentes denuncian cobros indebidos de arbitrios",
        """Decenas de contribuyentes de Pampa Alondra hicieron cola ayer en la oficina de rentas para reclamar por recibos de arbitrios que incluyen periodos ya pagados y montos hasta tres veces mayores que los del año pasado.

      «Me cobran barrido de calles en un pasaje que nadie barre», reclamó un jubilado de la urbanización Las Palmeras.

      La gerenta municipal, Lucía Ferrándiz Tapia, reconoció un error en el sistema de emisión y anunció que los recibos serán corregidos de oficio en diciembre, sin que los vecinos tengan que presentar reclamos.""",
        m="G",
        t="tributos",
        tone="-",
    ),
    S(
        "d023",
        "correo",
        "2026-11-20T06:55:00-05:00",
        "Tigre Salcedo inaugura losa deportiva en Las Palmeras",
        """Entre banda de músicos y globos, el alcalde Rigoberto «Tigre» Salcedo inauguró la losa multideportiva de la urbanización Las Palmeras, construida con una inversión de 420 mil soles.

      La obra incluye graderías, iluminación y un cerco perimétrico. Los vecinos agradecieron la obra y pidieron que la municipalidad ponga un vigilante para evitar que se deteriore.

      El burgomaestre anunció que en 2027 se construirán otras cuatro losas en los asentamientos humanos de la parte alta.""",
        m="A",
        t="obras",
        tone="+",
    ),
    S(
        "d024",
        "correo",
        "2026-11-21T10:10:00-05:00",
        "Alcalde provincial de Huarancayo presenta plan de transporte",
        """El alcalde provincial de Huarancayo, Julio Cahuana Rojas, presentó el plan regulador de rutas de transporte urbano que reordenará las 26 líneas de combis y colectivos de la provincia.

      Según el burgomaestre, el plan reducirá en 30% las unidades que ingresan al centro histórico. Los transportistas anunciaron que presentarán observaciones porque consideran que el plan favorece a dos empresas.

      El plan se someterá a audiencia pública el 10 de diciembre.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="another town's mayor called 'el burgomaestre'",
    ),
    S(
        "d025",
        "correo",
        "2026-11-22T07:00:00-05:00",
        "Regidor Llerena pide explicaciones por compra de cámaras",
        """El regidor de oposición Óscar Llerena Vilca solicitó a la Gerencia de Seguridad Ciudadana un informe detallado sobre la compra de las 64 cámaras de videovigilancia, pues asegura que al menos quince no funcionan desde su instalación.

      «Se pagó por cámaras de alta definición y varias solo graban de día», señaló Llerena, quien adjuntó fotos tomadas en la avenida Grau.

      El gerente Wilber Ñaupari Cóndor respondió que las cámaras observadas están en garantía y que el proveedor las reemplazará este mes.""",
        m="R S",
        t="seguridad",
        tone="-",
    ),
    S(
        "d026",
        "correo",
        "2026-11-23T09:45:00-05:00",
        "Pampa Alondra realiza fumigación contra el dengue en cinco sectores",
        """Brigadas de la municipalidad de Pampa Alondra y de la red de salud fumigaron más de 3 000 viviendas en cinco sectores del distrito, luego de que se confirmaran siete casos de dengue en lo que va de noviembre.

      La fumigación se repetirá en quince días. Los técnicos pidieron a las familias tapar los recipientes con agua y eliminar llantas y botellas de los techos.

      La Municipalidad Distrital de Pampa Alondra instaló además un punto de información en la plaza de armas.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "d027",
        "correo",
        "2026-11-24T11:30:00-05:00",
        "Jubilados reciben atención preferente en rentas",
        """Desde esta semana, los jubilados y personas con discapacidad de Pampa Alondra son atendidos en una ventanilla exclusiva de la oficina de rentas de la municipalidad, sin necesidad de sacar ticket.

      La medida responde a las quejas por las largas colas que se formaban en los días de vencimiento del impuesto predial.

      Los adultos mayores también pueden pedir una cita por teléfono para que un trabajador municipal los visite en casa y les explique sus recibos.""",
        m="",
        t="tributos",
        tone="+",
        about=True,
        note="about the municipality without naming the institution explicitly",
    ),
    S(
        "d028",
        "correo",
        "2026-11-25T08:40:00-05:00",
        "Accidente en la Panamericana deja dos heridos a la altura de Pampa Alondra",
        """Un choque entre un tráiler y un auto colectivo dejó dos heridos en el kilómetro 141 de la Panamericana Norte, a la altura del desvío a Pampa Alondra.

      Según la Policía de Carreteras, el conductor del colectivo habría invadido el carril contrario al intentar adelantar. Los heridos fueron llevados al hospital provincial de Huarancayo.

      El tránsito estuvo restringido durante dos horas mientras se retiraban los vehículos.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "d029",
        "correo",
        "2026-11-26T07:20:00-05:00",
        "Concejo aprueba presupuesto participativo 2027",
        """El concejo de la Municipalidad Distrital de Pampa Alondra aprobó el presupuesto participativo 2027, que destina 4,8 millones de soles a doce proyectos elegidos por las organizaciones vecinales.

      Entre ellos figuran la pavimentación de seis calles en Villa Esperanza, el mejoramiento de la posta médica de Nueva Alondra y la compra de un camión compactador adicional.

      La teniente alcaldesa Carmen Yupanqui Soto destacó la participación de 140 agentes participantes, la cifra más alta en la historia del distrito.""",
        m="I T",
        t="obras",
        tone="+",
    ),
    # --- Radio Alondra: transcripts, date-only values in the feed -----------------------------------------------------
    S(
        "d030",
        "radio",
        "2026-11-16",
        "Noticiero La Mañana: alcalde anuncia feria de salud",
        """LOCUTOR: Buenos días, Pampa Alondra. Empezamos con la noticia de la mañana: este sábado habrá una gran campaña de salud gratuita en la plaza de armas. En la línea tenemos al alcalde Rigoberto Salcedo Huamaní.

      ALCALDE SALCEDO: Buenos días a todos los vecinos. Habrá medicina general, odontología, despistaje de anemia y vacunación para niños y adultos mayores. Todo gratuito, desde las ocho de la mañana.

      LOCUTOR: Gracias, señor alcalde. Ya lo escucharon, vecinos: lleven su DNI y aprovechen la campaña.""",
        m="A",
        t="salud",
        tone="+",
    ),
    S(
        "d031",
        "radio",
        "2026-11-17",
        "Noticiero La Mañana: oyentes se quejan del recojo de basura",
        """LOCUTOR: Seguimos recibiendo llamadas. Doña Julia, de Villa Esperanza, adelante.

      OYENTE: Buenos días. Quiero quejarme porque el camión de la basura no pasa desde el jueves. Los perros rompen las bolsas y todo queda regado. ¿Qué hace la municipalidad de Pampa Alondra?

      LOCUTOR: Hemos llamado a la gerencia de servicios a la ciudad y no nos contestan. Seguimos esperando una respuesta del municipio alondrino, señora Julia.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "d032",
        "radio",
        "2026-11-18",
        "Noticiero La Mañana: serenos capturan a ladrones de cables",
        """LOCUTOR: Buena noticia para los vecinos de la urbanización Santa Rosa. Anoche los serenos de Pampa Alondra capturaron a dos sujetos que robaban cables de telefonía en la calle Los Pinos.

      REPORTERO: Así es. Los serenos detectaron a los sujetos por las cámaras y llegaron en cuatro minutos. Los detenidos fueron entregados a la comisaría. El gerente Wilber Ñaupari felicitó al personal.

      LOCUTOR: Bien por el serenazgo. Así se trabaja.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "d033",
        "radio",
        "2026-11-19",
        "Noticiero La Mañana: entrevista a la gerenta municipal",
        """LOCUTOR: Nos acompaña en cabina la gerenta municipal Lucía Ferrándiz Tapia. Gerenta, los vecinos preguntan por el nuevo mercado.

      GERENTA FERRÁNDIZ: El expediente técnico del nuevo mercado ya está aprobado. La licitación será en enero y la obra durará diez meses. Los comerciantes serán reubicados de manera ordenada.

      LOCUTOR: Muchas gracias, gerenta. Seguiremos atentos a este tema tan importante para el distrito.""",
        m="G",
        t="obras",
        tone="0",
    ),
    S(
        "d034",
        "radio",
        "2026-11-20",
        "Noticiero La Mañana: tragedia en la vía a Alondra Alta",
        """LOCUTOR: Lamentamos informar que un mototaxista perdió la vida anoche en la carretera a Alondra Alta, tras ser embestido por un camión que se dio a la fuga.

      REPORTERO: La víctima era padre de tres hijos. Los familiares piden a la Policía que revise las cámaras de los grifos de la zona para identificar al conductor.

      LOCUTOR: Nuestras condolencias a la familia. Les pedimos a los conductores respetar los límites de velocidad.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "d035",
        "radio",
        "2026-11-21",
        "Noticiero La Mañana: concejal opositor critica la vacancia",
        """LOCUTOR: En la línea el concejal Óscar Llerena Vilca, que votó a favor de la vacancia del alcalde.

      REGIDOR LLERENA: Buenos días. Quiero decir que no vamos a parar. El Jurado Nacional de Elecciones tendrá que revisar los contratos de la gerencia de obras. El alcalde Salcedo tiene que dar la cara.

      LOCUTOR: Gracias, regidor. Por supuesto, los micrófonos de la radio también están abiertos para el alcalde.""",
        m="R A",
        t="",
        tone="-",
    ),
    S(
        "d036",
        "radio",
        "2026-11-23",
        "Noticiero La Mañana: recordatorio de pago del impuesto predial",
        """LOCUTOR: Recordamos a los vecinos que el 30 de noviembre vence la última cuota del impuesto predial. Quienes paguen antes tendrán un descuento del 10% en arbitrios.

      LOCUTORA: Además, la municipalidad de Pampa Alondra atenderá el sábado y el domingo en horario corrido en la plataforma del palacio municipal.

      LOCUTOR: Ya saben, vecinos, no esperen el último día.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "d037",
        "radio",
        "2026-11-25",
        "Noticiero La Mañana: la teniente alcaldesa visita comedores",
        """LOCUTOR: Esta mañana la teniente alcaldesa Carmen Yupanqui Soto visitó los comedores populares de Nueva Alondra para verificar la entrega de alimentos del programa de complementación alimentaria.

      REPORTERA: Las madres dirigentes le pidieron a la teniente alcaldesa que los víveres lleguen a tiempo, porque este mes se entregaron con una semana de retraso. Yupanqui se comprometió a coordinar con el almacén.

      LOCUTOR: Esperemos que se cumpla, vecinos.""",
        m="T",
        t="",
        tone="0",
    ),
    S(
        "d038",
        "radio",
        "2026-11-26",
        "Noticiero La Mañana: el Tigre promete cámaras en colegios",
        """LOCUTOR: El alcalde, el Tigre Salcedo, como le dicen en el barrio, prometió anoche en la asamblea de padres del colegio Nuestra Señora de la Alondra instalar cámaras de videovigilancia en los alrededores de todos los colegios del distrito.

      REPORTERO: Los padres le recordaron que el año pasado hubo dos asaltos a escolares en la salida. El alcalde dijo que en enero se instalarán las primeras cámaras y que habrá serenos en la hora de salida.

      LOCUTOR: Buena iniciativa; estaremos vigilantes.""",
        m="A",
        t="seguridad",
        tone="+",
    ),
    # --- Huarancayo TV: transcripts in Atom, times in UTC --------------------------------------------------------------
    S(
        "d039",
        "tv",
        "2026-11-17T01:30:00Z",
        "Noticiero Central: vecinos denuncian robo en parque",
        """CONDUCTORA: Vecinos de Pampa Alondra denuncian que delincuentes robaron las bancas y las luminarias del parque Los Jazmines, inaugurado hace apenas un mes.

      REPORTERO: Aquí estamos en el parque. Como ven, arrancaron las bancas de fierro y se llevaron los cables. Los vecinos dicen que no hay serenos de noche y que la Municipalidad de Pampa Alondra no responde.

      VECINA: Lo inauguraron con fiesta y ahora nadie lo cuida. Pagamos arbitrios de serenazgo para nada.""",
        m="I",
        t="seguridad",
        tone="-",
        note="01:30 UTC is the previous evening in Lima",
    ),
    S(
        "d040",
        "tv",
        "2026-11-18T02:10:00Z",
        "Noticiero Central: alcalde Salcedo entrega obra de drenaje",
        """CONDUCTOR: El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, entregó hoy la obra de drenaje pluvial de la avenida Grau, que evitará las inundaciones de cada verano.

      REPORTERA: La obra costó 2,1 millones de soles. Los comerciantes de la zona celebraron porque el año pasado perdieron mercadería cuando el agua entró a sus tiendas.

      ALCALDE SALCEDO: Cumplimos con la palabra empeñada. Ahora vamos por el drenaje de Nueva Alondra.""",
        m="A",
        t="obras",
        tone="+",
    ),
    S(
        "d041",
        "tv",
        "2026-11-19T14:00:00Z",
        "Noticiero del Mediodía: Huarancayo celebra su aniversario",
        """CONDUCTORA: La provincia de Huarancayo celebra hoy 152 años de creación política con un desfile cívico en la plaza de armas de la capital provincial.

      REPORTERO: Participan colegios, instituciones y delegaciones de los distritos. El alcalde provincial Julio Cahuana Rojas encabezó el izamiento del pabellón.

      CONDUCTORA: Felicidades a todos los huarancaínos en su día.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "d042",
        "tv",
        "2026-11-21T03:20:00Z",
        "Noticiero Central: gerente de seguridad responde por cámaras",
        """CONDUCTOR: El gerente de Seguridad Ciudadana de Pampa Alondra, Wilber Ñaupari Cóndor, respondió a las críticas del regidor Llerena sobre las cámaras que no funcionan.

      GERENTE ÑAUPARI: No es verdad que las cámaras estén malogradas. Hay quince en mantenimiento preventivo y el proveedor las cambiará sin costo. La central funciona las 24 horas.

      CONDUCTOR: El regidor Óscar Llerena Vilca insistió en que pedirá la intervención de la Contraloría.""",
        m="S R",
        t="seguridad",
        tone="0",
    ),
    S(
        "d043",
        "tv",
        "2026-11-23T23:50:00Z",
        "Noticiero Central: feria gastronómica en Pampa Alondra",
        """CONDUCTORA: Este fin de semana se realizó la feria gastronómica Sabores de la Alondra, organizada por la municipalidad distrital de Pampa Alondra, con más de cuarenta puestos de comida típica.

      REPORTERO: Los visitantes pudieron probar el cebiche de pato, la causa alondrina y los dulces de la zona. Los organizadores calculan que llegaron unas diez mil personas.

      CONDUCTORA: Una gran iniciativa para promover el turismo en el distrito.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "d044",
        "tv",
        "2026-11-25T01:05:00Z",
        "Noticiero Central: protesta de trabajadores de limpieza",
        """CONDUCTOR: Trabajadores de limpieza pública de Pampa Alondra protestaron frente al palacio municipal porque no reciben su sueldo desde hace dos meses.

      REPORTERA: Los trabajadores, que son contratados por locación de servicios, dicen que la gerencia municipal les promete el pago cada semana. La gerenta Lucía Ferrándiz no salió a dialogar.

      TRABAJADORA: Barremos las calles todos los días y no tenemos ni para el pasaje.""",
        m="G",
        t="limpieza",
        tone="-",
    ),
    S(
        "d045",
        "tv",
        "2026-11-26T18:30:00Z",
        "Noticiero del Mediodía: seguridad en Alondra Alta",
        """CONDUCTORA: En el distrito vecino de Alondra Alta, el alcalde Ernesto Salcedo Paredes anunció la creación de un serenazgo sin armas con cuarenta serenos que patrullarán en bicicleta.

      REPORTERO: El alcalde Salcedo explicó que el patrullaje comenzará en enero y que la central de emergencias funcionará en el local comunal.

      CONDUCTORA: Una apuesta por la seguridad ciudadana en ese distrito.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake mayor, 'alcalde Salcedo' of another town, security keywords",
    ),
    S(
        "d046",
        "tv",
        "2026-11-27T02:45:00Z",
        "Noticiero Central: balance de la campaña contra la anemia",
        """CONDUCTOR: La teniente alcaldesa de Pampa Alondra, Carmen Yupanqui Soto, presentó el balance de la campaña contra la anemia: en seis meses la prevalencia bajó del 38 al 31 por ciento en niños menores de tres años.

      TENIENTE ALCALDESA YUPANQUI: Es un logro de las madres, del centro de salud y de la municipalidad. Vamos a seguir con las visitas domiciliarias.

      CONDUCTOR: Una buena noticia para el distrito.""",
        m="T",
        t="salud",
        tone="+",
    ),
    # --- Agencia Nacional de Noticias: originals that national and regional outlets copy ------------------------------
    S(
        "d047",
        "ann",
        "2026-11-18T15:20:00Z",
        "Municipalidad de Pampa Alondra y Ministerio del Interior firman convenio de seguridad",
        """Huarancayo, 18 nov (ANN). La Municipalidad Distrital de Pampa Alondra y el Ministerio del Interior firmaron un convenio para integrar la central de videovigilancia del distrito con la comisaría y realizar patrullajes integrados entre serenos y policías.

      El convenio fue suscrito por el alcalde Rigoberto Salcedo Huamaní y el viceministro de Seguridad Pública. Según el acuerdo, el municipio financiará el combustible de dos patrulleros y la capacitación de los serenos.

      El alcalde afirmó que el distrito redujo en 18% las denuncias por robo en lo que va del año.""",
        m="I A",
        t="seguridad",
        tone="+",
    ),
    S(
        "d048",
        "ann",
        "2026-11-20T13:45:00Z",
        "Contraloría detecta irregularidades en obra de Pampa Alondra",
        """Lima, 20 nov (ANN). La Contraloría General de la República identificó un perjuicio económico de 410 mil soles en la ejecución de la obra de pistas y veredas de la avenida Los Álamos, a cargo de la Municipalidad Distrital de Pampa Alondra.

      El informe de control señala que se pagaron partidas no ejecutadas y que el expediente técnico fue modificado sin sustento. Recomienda iniciar procedimientos administrativos contra cuatro funcionarios.

      La comuna alondrina indicó que evaluará el informe y que colaborará con las investigaciones.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "d049",
        "ann",
        "2026-11-22T16:00:00Z",
        "Alcalde de Pampa Alondra pide declarar en emergencia el valle por escasez de agua",
        """Huarancayo, 22 nov (ANN). El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, pidió al Consejo de Ministros declarar en emergencia hídrica el valle de Huancachi, donde la falta de lluvias afecta a más de dos mil agricultores.

      «Los pozos se están secando y las familias ya compran agua en cisterna», señaló el burgomaestre en conferencia de prensa.

      La Autoridad Nacional del Agua informó que evalúa el pedido junto con el gobierno regional.""",
        m="A",
        t="",
        tone="0",
    ),
    S(
        "d050",
        "ann",
        "2026-11-24T12:30:00Z",
        "Municipios del norte chico enfrentan brote de dengue",
        """Lima, 24 nov (ANN). Los distritos de Huarancayo, Alondra Alta y Santa María del Valle concentran el 70% de los casos de dengue reportados este mes en la región, informó la Dirección Regional de Salud.

      Las autoridades intensificaron la fumigación y la eliminación de criaderos. En Alondra Alta se suspendieron las clases presenciales en dos colegios por precaución.

      El director regional pidió a los alcaldes priorizar el recojo de inservibles.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="health topic in other districts, not about us",
    ),
    S(
        "d051",
        "ann",
        "2026-11-25T14:10:00Z",
        "Pampa Alondra, primer distrito de la región en digitalizar sus trámites",
        """Huarancayo, 25 nov (ANN). La Municipalidad Distrital de Pampa Alondra se convirtió en el primer gobierno local de la región en ofrecer todos sus trámites en línea, desde licencias de funcionamiento hasta el pago de tributos municipales.

      La gerenta municipal, Lucía Ferrándiz Tapia, explicó que la plataforma permitió reducir de quince a tres días el tiempo promedio de una licencia.

      La Secretaría de Gobierno Digital destacó la experiencia como modelo para otros municipios del país.""",
        m="I G",
        t="tributos",
        tone="+",
    ),
    S(
        "d052",
        "ann",
        "2026-11-26T17:40:00Z",
        "Fiscalía abre investigación contra funcionarios de Pampa Alondra",
        """Huarancayo, 26 nov (ANN). La Fiscalía Anticorrupción de Huarancayo abrió investigación preliminar contra cuatro funcionarios de la Municipalidad Distrital de Pampa Alondra por el presunto delito de colusión en la obra de la avenida Los Álamos.

      La investigación se basa en el informe de la Contraloría. El alcalde Rigoberto Salcedo Huamaní no figura entre los investigados.

      El regidor Óscar Llerena Vilca, quien denunció el caso, pidió la suspensión de los funcionarios.""",
        m="I A R",
        t="obras",
        tone="-",
    ),
    # --- Perú al Día: national site with feed footers; its own stories and copies of the agency ---------------------
    C(
        "d053",
        "d047",
        "peru",
        "2026-11-18T17:05:00Z",
        "Mininter y distrito de Huarancayo sellan alianza contra la delincuencia",
        lead="El Ministerio del Interior y la Municipalidad Distrital de Pampa Alondra, en la provincia de Huarancayo, firmaron un convenio para integrar la central de videovigilancia del distrito con la comisaría y realizar patrullajes integrados entre serenos y policías.",
    ),
    C("d054", "d048", "peru", "2026-11-20T15:30:00Z", "Contraloría halla perjuicio de S/ 410 mil en obra municipal"),
    S(
        "d055",
        "peru",
        "2026-11-21T14:00:00Z",
        "Gobierno amplía bono para ollas comunes en 400 distritos",
        """El Ministerio de Desarrollo e Inclusión Social amplió el bono para ollas comunes a 400 distritos de todo el país, entre ellos varios de la provincia de Huarancayo.

      El bono consiste en una entrega mensual de alimentos no perecibles durante seis meses. Los municipios deberán actualizar el padrón de beneficiarios antes del 15 de diciembre.

      Según el ministerio, más de 250 mil personas se beneficiarán con la ampliación.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    C(
        "d056",
        "d051",
        "peru",
        "2026-11-25T16:20:00Z",
        "El distrito que hace todos sus trámites por internet",
        lead="Un distrito de la provincia de Huarancayo es el primero de la región en ofrecer todos sus trámites en línea: la Municipalidad Distrital de Pampa Alondra digitalizó desde las licencias de funcionamiento hasta el pago de tributos municipales.",
    ),
    S(
        "d057",
        "peru",
        "2026-11-22T19:30:00Z",
        "Opinión: los alcaldes y la tentación del cemento",
        """Cada fin de año los alcaldes del país corren a inaugurar losas, parques y portadas. En Pampa Alondra, por ejemplo, el alcalde Rigoberto Salcedo Huamaní inauguró tres losas deportivas en un mes, mientras la posta médica de Nueva Alondra sigue esperando su ampliación.

      El problema no es el cemento sino las prioridades. Un distrito con 38% de anemia infantil necesita más nutricionistas que graderías.

      Los vecinos merecen gestiones que piensen en el largo plazo, no en la foto del lunes.""",
        m="A",
        t="salud obras",
        tone="-",
    ),
    C(
        "d058",
        "d052",
        "peru",
        "2026-11-26T19:00:00Z",
        "Investigan a cuatro funcionarios por colusión en obra de pistas",
    ),
    S(
        "d059",
        "peru",
        "2026-11-23T21:15:00Z",
        "La ruta del pato: cinco restaurantes imperdibles del norte chico",
        """Si viaja por la Panamericana Norte, no deje de probar el cebiche de pato de la zona. En Huarancayo recomendamos La Casona; en Pampa Alondra, la picantería Doña Tomasa, famosa por su causa; y en Alondra Alta, el restaurante campestre El Molino.

      Los precios van de 25 a 45 soles por plato y la mayoría abre solo al mediodía.

      Un consejo: llegue temprano los domingos, porque las colas son largas.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="place named in a travel piece",
    ),
    S(
        "d060",
        "peru",
        "2026-11-27T13:50:00Z",
        "JNE declara improcedente apelación contra alcalde de Pampa Alondra",
        """El Jurado Nacional de Elecciones declaró improcedente la apelación presentada por el regidor Óscar Llerena Vilca contra el acuerdo de concejo que rechazó la vacancia del alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní.

      El pleno del JNE consideró que no se acreditó el vínculo de parentesco entre el alcalde y el trabajador contratado.

      Con esta decisión, el alcalde continuará en el cargo hasta el final de su gestión.""",
        m="R A",
        t="",
        tone="+",
    ),
    C("d061", "d049", "peru", "2026-11-22T18:10:00Z", "Sequía: piden emergencia hídrica para valle de Huancachi"),
    S(
        "d062",
        "peru",
        "2026-11-24T20:20:00Z",
        "Alcaldesa de Santa María del Valle presenta plan contra el dengue",
        """La alcaldesa de Santa María del Valle, Rosa Elvira Campos Díaz, presentó un plan de emergencia contra el dengue que incluye la fumigación de todas las viviendas del distrito y la contratación de diez promotores de salud.

      «No vamos a esperar a que haya fallecidos», dijo la burgomaestra durante una conferencia de prensa.

      El plan costará 600 mil soles y se financiará con recursos del canon.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="another town's mayoress",
    ),
    S(
        "d063",
        "peru",
        "2026-11-19T22:00:00Z",
        "Pampa Alondra: vecinos construyen su propio muro de contención",
        """Cansados de esperar, los vecinos del asentamiento humano Cerro Colorado, en Pampa Alondra, construyeron con sus propias manos un muro de contención de 80 metros para proteger sus viviendas de los deslizamientos.

      «Presentamos oficios a la municipalidad de Pampa Alondra durante tres años y nunca vino nadie», dijo el dirigente Teodoro Cama.

      El muro costó 25 mil soles reunidos con polladas y rifas.""",
        m="I",
        t="obras",
        tone="-",
    ),
    C(
        "d064",
        "d050",
        "peru",
        "2026-11-24T15:00:00Z",
        "Tres distritos concentran el 70% de los casos de dengue en la región",
    ),
    # --- Portal Norte Chico: an aggregator republishing regional stories -----------------------------------------
    C(
        "d065",
        "d001",
        "norte",
        "2026-11-16T10:40:00-05:00",
        "Nuevos camiones para la basura en la parte alta de Pampa Alondra",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "d066",
        "d003",
        "norte",
        "2026-11-17T09:30:00-05:00",
        "Denuncian sobrecosto de S/ 380 mil en avenida Los Álamos",
        lead="Un presunto sobrecosto de 380 mil soles en la obra de pistas y veredas de la avenida Los Álamos fue denunciado por el regidor Óscar Llerena Vilca ante el concejo de la Municipalidad Distrital de Pampa Alondra.",
        extra="Con información de La Voz de Huarancayo.",
    ),
    C(
        "d067",
        "d007",
        "norte",
        "2026-11-19T08:50:00-05:00",
        "Descuentos de hasta 90% en deudas municipales",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "d068",
        "d010",
        "norte",
        "2026-11-21T08:15:00-05:00",
        "Rechazan vacancia del alcalde Salcedo",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "d069",
        "d047",
        "norte",
        "2026-11-18T18:30:00Z",
        "Convenio con Mininter: cámaras del distrito se conectan a la comisaría",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "d070",
        "d012",
        "norte",
        "2026-11-22T11:00:00-05:00",
        "Puente Huancachi se licitará el 15 de diciembre",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "d071",
        "d002",
        "norte",
        "2026-11-16T14:10:00-05:00",
        "Cierran botadero de Quebrada Seca",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "d072",
        "d016",
        "norte",
        "2026-11-26T15:30:00-05:00",
        "Recicladores formalizados reciben certificados",
        lead="Cuarenta y cinco recicladores formalizados recibieron uniformes, equipos de protección y certificados de manos de la Municipalidad Distrital de Pampa Alondra, en una ceremonia realizada en la plaza de armas.",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "d073",
        "d015",
        "norte",
        "2026-11-25T11:20:00-05:00",
        "Nueva Alondra sigue esperando su posta",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "d074",
        "d048",
        "norte",
        "2026-11-20T16:00:00Z",
        "Contraloría: perjuicio en obra de Los Álamos",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "d075",
        "d009",
        "norte",
        "2026-11-20T12:45:00-05:00",
        "Vacunan a escolares contra la influenza",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "d076",
        "d004",
        "norte",
        "2026-11-17T20:30:00-05:00",
        "Veinte motos más para el serenazgo",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    # --- El Informativo Alondrino: a site without a feed, followed through its section page ------------------------
    S(
        "d077",
        "informativo",
        "2026-11-16",
        "Vecinos de Santa Rosa piden más serenos",
        """Los vecinos de la urbanización Santa Rosa se reunieron el domingo en el parque principal para pedir a la Municipalidad Distrital de Pampa Alondra que asigne más serenos a la zona, tras una ola de robos a viviendas.

      Según la junta vecinal, en noviembre se registraron seis robos en casas mientras los dueños estaban en el trabajo. El patrullaje, afirman, solo pasa una vez por noche.

      La junta entregará un memorial con 300 firmas en la mesa de partes del municipio.""",
        m="I",
        t="seguridad",
        tone="-",
        path="vecinos",
    ),
    S(
        "d078",
        "informativo",
        "2026-11-17",
        "Colegio Nuestra Señora de la Alondra gana concurso regional de robótica",
        """Un equipo de cinco estudiantes del colegio Nuestra Señora de la Alondra ganó el concurso regional de robótica escolar con un prototipo que clasifica residuos reciclables.

      Los alumnos representarán a la región en la final nacional en Lima, en febrero. Su profesor, Julio Salcedo Mena, contó que trabajaron seis meses en el proyecto.

      La directora del colegio pidió apoyo para financiar el viaje de los estudiantes.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="educacion",
        note="namesake surname; recycling words in a school story",
    ),
    S(
        "d079",
        "informativo",
        "2026-11-18",
        "Municipio alondrino inicia empadronamiento para el vaso de leche",
        """El municipio alondrino inició el empadronamiento de nuevos beneficiarios del programa Vaso de Leche, que atiende a más de cuatro mil niños y adultos mayores del distrito.

      Las madres coordinadoras de cada comité deberán entregar las fichas hasta el 10 de diciembre en la oficina de programas sociales.

      La teniente alcaldesa Carmen Yupanqui Soto pidió priorizar a las familias con niños con anemia.""",
        m="I T",
        t="",
        tone="0",
        path="sociales",
    ),
    S(
        "d080",
        "informativo",
        "2026-11-19",
        "Alcalde Salcedo no asistió a la audiencia pública de rendición de cuentas",
        """La audiencia pública de rendición de cuentas del segundo semestre se realizó sin la presencia del alcalde Rigoberto Salcedo Huamaní, quien envió a la gerenta municipal Lucía Ferrándiz Tapia en su representación.

      Los dirigentes vecinales expresaron su malestar y algunos abandonaron el auditorio. «Es una falta de respeto a los vecinos», dijo el presidente de la junta de Las Palmeras.

      La gerenta explicó que el alcalde tenía una reunión en el Ministerio de Economía en Lima.""",
        m="A G",
        t="",
        tone="-",
        path="politica",
    ),
    S(
        "d081",
        "informativo",
        "2026-11-20",
        "Pampa Alondra celebra el Día del Serenazgo",
        """Con una misa y un desfile en la plaza de armas, el serenazgo de Pampa Alondra celebró su día. El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, reconoció a diez serenos por su desempeño durante el año.

      Entre los homenajeados estuvo el sereno Manuel Ticona, quien en agosto rescató a dos niños de una vivienda en llamas.

      Los serenos recibieron también nuevos uniformes y chalecos.""",
        m="S",
        t="seguridad",
        tone="+",
        path="seguridad",
    ),
    S(
        "d082",
        "informativo",
        "2026-11-22",
        "Gerencia de obras verifica avance del mercado de Nueva Alondra",
        """Funcionarios de la Municipalidad Distrital de Pampa Alondra verificaron el avance de la obra del mercado de abastos de Nueva Alondra, que registra un 65% de ejecución.

      La obra, que se inició en mayo, debía terminar en diciembre, pero se amplió el plazo hasta marzo por lluvias y por el retraso en la entrega de materiales.

      Los comerciantes que venden en la vía pública esperan ocupar los puestos del nuevo mercado.""",
        m="I",
        t="obras",
        tone="0",
        path="obras",
    ),
    S(
        "d083",
        "informativo",
        "2026-11-23",
        "Gran corso por el aniversario de Alondra Alta",
        """El distrito vecino de Alondra Alta celebró su aniversario con un gran corso en el que participaron comparsas, carros alegóricos y bandas de músicos de toda la provincia.

      El alcalde de Alondra Alta, Ernesto Salcedo Paredes, encabezó el desfile y anunció una semana de actividades culturales y deportivas.

      La fiesta concluirá el domingo con una corrida de toros y fuegos artificiales.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="cultura",
        note="namesake mayor",
    ),
    S(
        "d084",
        "informativo",
        "2026-11-24",
        "Regidor Llerena propone ordenanza contra el ruido",
        """El regidor Óscar Llerena Vilca presentó un proyecto de ordenanza que establece multas de hasta dos UIT para los locales que superen los límites de ruido en zonas residenciales.

      La propuesta fue derivada a la comisión de desarrollo urbano del concejo de la Municipalidad Distrital de Pampa Alondra para su evaluación.

      Vecinos de la avenida Grau saludaron la iniciativa y pidieron que se aplique también a las ferias de fin de semana.""",
        m="R I",
        t="",
        tone="0",
        path="politica",
    ),
    S(
        "d085",
        "informativo",
        "2026-11-25",
        "Sin agua ni desagüe: el drama de Cerro Colorado",
        """Más de doscientas familias del asentamiento humano Cerro Colorado, en Pampa Alondra, viven sin agua ni desagüe desde hace quince años. Compran el agua en cilindros y usan silos.

      La dirigente Nelly Huamán dijo que el proyecto de saneamiento está «olvidado» en la municipalidad de Pampa Alondra y que ya no creen en promesas.

      La Municipalidad Distrital de Pampa Alondra informó que el proyecto requiere financiamiento del Ministerio de Vivienda.""",
        m="I",
        t="",
        tone="-",
        path="sociales",
    ),
    S(
        "d086",
        "informativo",
        "2026-11-26",
        "Feria escolar de ciencias en el colegio Alondra",
        """Más de cuarenta proyectos participaron en la feria escolar de ciencias del colegio emblemático Alondra, que este año tuvo como tema el cuidado del agua.

      El primer puesto fue para un filtro de arena y carbón elaborado por alumnas de cuarto de secundaria.

      Los ganadores participarán en la etapa provincial en la capital de la provincia.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="educacion",
    ),
    S(
        "d087",
        "voz",
        "2026-11-27T08:00:00-05:00",
        "Salcedo Huamaní firma compromiso por la niñez",
        """Salcedo Huamaní firmó ayer el compromiso regional por la niñez junto a otros doce alcaldes de la provincia, que se obligan a reducir la anemia y la desnutrición crónica en los próximos dos años.

      El alcalde de Pampa Alondra recordó que su distrito ya redujo la anemia infantil en siete puntos y ofreció compartir la experiencia de las visitas domiciliarias.

      El compromiso fue promovido por la Mesa de Concertación para la Lucha contra la Pobreza.""",
        m="A",
        t="salud",
        tone="+",
        note="two surnames without the given name",
    ),
    S(
        "d088",
        "correo",
        "2026-11-27T07:30:00-05:00",
        "Vecinos de Las Palmeras denuncian que la losa ya está deteriorada",
        """A solo una semana de su inauguración, la losa deportiva de la urbanización Las Palmeras ya presenta rajaduras y los arcos están flojos, denunciaron los vecinos.

      «Se inauguró con bombos y platillos, pero la obra se hizo mal», dijo el presidente de la junta vecinal. Los vecinos pidieron que la Municipalidad Distrital de Pampa Alondra haga efectiva la garantía de la empresa.

      El municipio alondrino indicó que enviará a un supervisor el lunes.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "d089",
        "tv",
        "2026-11-27T23:30:00Z",
        "Noticiero Central: la gerenta anuncia pago a trabajadores de limpieza",
        """CONDUCTORA: La gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, anunció que los trabajadores de limpieza pública recibirán sus dos meses de sueldo atrasado este viernes.

      GERENTA FERRÁNDIZ: Hemos regularizado las órdenes de servicio. Pedimos disculpas a los trabajadores por la demora.

      CONDUCTORA: Los trabajadores dijeron que suspenderán la protesta si se cumple con el pago.""",
        m="G",
        t="limpieza",
        tone="0",
    ),
    S(
        "d090",
        "radio",
        "2026-11-27",
        "Noticiero La Mañana: no es cierto que se privatice la limpieza, dice el alcalde",
        """LOCUTOR: Se había dicho en redes que la municipalidad iba a privatizar el servicio de limpieza pública. En la línea el alcalde Rigoberto Salcedo Huamaní.

      ALCALDE SALCEDO: No es cierto. El servicio de limpieza seguirá siendo municipal y los trabajadores no serán despedidos. Al contrario, vamos a contratar veinte barredores más en enero.

      LOCUTOR: Queda aclarado, vecinos. Gracias, señor alcalde.""",
        m="A",
        t="limpieza",
        tone="+",
        note="negation of a rumour",
    ),
]
