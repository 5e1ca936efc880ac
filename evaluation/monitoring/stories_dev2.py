# ruff: noqa: E501
"""Second dev split: stories written for tuning tone (issue 16), apart from dev/ and from any held-out part.

Same municipality, people, topics, outlets and codes as stories_dev.py; written before the classifier was run on
them, with the tone cases the press uses most: achievements told without praise words, complaints, audits,
sarcasm, negation, the opposition's criticism, neutral announcements, the Mayor criticising other governments,
balanced stories. Every name, outlet and place is invented.

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
        "copies_of": ["e003", "e011"],
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
    # --- La Voz de Huarancayo ----------------------------------------------------------------------------------------
    S(
        "e001",
        "voz",
        "2026-12-01T07:40:00-05:00",
        "Villa Esperanza ya tiene agua potable las 24 horas",
        """Después de doce años de abastecerse con cisternas, las 380 familias de Villa Esperanza abrieron ayer por primera vez el caño de sus casas. La Municipalidad Distrital de Pampa Alondra concluyó la red de agua y desagüe que empezó en abril, con una inversión de 4,8 millones de soles.

      «Antes pagábamos seis soles por un cilindro», contó la dirigenta Rosa Quispe Alarcón mientras llenaba un balde frente a su vivienda. El alcalde Rigoberto Salcedo Huamaní recorrió la zona con los vecinos y anunció que la segunda etapa, para Nueva Alondra, se licitará en febrero.""",
        m="I A",
        t="obras",
        tone="+",
        note="achievement told through facts and a resident's words, no praise word",
    ),
    S(
        "e002",
        "voz",
        "2026-12-01T11:15:00-05:00",
        "Contraloría observa compra de uniformes para el serenazgo",
        """Un informe de control de la Contraloría General de la República encontró que la Municipalidad Distrital de Pampa Alondra pagó 96 mil soles por 120 uniformes de serenazgo que llegaron con cuatro meses de atraso y sin las especificaciones del contrato.

      El documento identifica presunta responsabilidad administrativa en tres funcionarios de la Gerencia de Administración y recomienda iniciar procesos disciplinarios. La comuna no respondió a las consultas de este diario hasta el cierre de la edición.""",
        m="I",
        t="seguridad",
        tone="-",
        note="audit finding, no complaint word",
    ),
    S(
        "e003",
        "voz",
        "2026-12-01T16:05:00-05:00",
        "Pampa Alondra: inscripciones abiertas para talleres de verano",
        """La Municipalidad Distrital de Pampa Alondra abrió las inscripciones para sus talleres de vacaciones útiles, que se dictarán de enero a marzo en el coliseo municipal y en tres locales comunales.

      Habrá cursos de natación, danzas folclóricas, ajedrez, oratoria y fútbol para niños de 5 a 15 años. Los padres deben presentar el DNI del menor en la plataforma de atención al ciudadano, de lunes a sábado de 8 a 17 horas. El costo de cada taller es de 30 soles por mes.""",
        m="I",
        t="",
        tone="0",
        note="plain announcement",
    ),
    S(
        "e004",
        "voz",
        "2026-12-02T08:20:00-05:00",
        "Salcedo Huamaní: «El Gobierno Regional nos ha abandonado con el hospital»",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, arremetió contra el Gobierno Regional por la paralización del hospital de Huancachi, que lleva tres años sin avance. «Es una vergüenza, el gobernador prometió inaugurarlo en julio y la obra está abandonada», declaró.

      Salcedo Huamaní dijo que los vecinos del distrito deben viajar dos horas hasta la capital de la provincia para una cesárea y anunció que pedirá al Ministerio de Salud que asuma la obra. El Gobierno Regional no respondió.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional government: neutral toward us",
    ),
    S(
        "e005",
        "voz",
        "2026-12-02T10:00:00-05:00",
        "Regidor Llerena: «El municipio alondrino gasta más en publicidad que en limpieza»",
        """El regidor de oposición Óscar Llerena Vilca presentó en la sesión de concejo un cuadro comparativo según el cual el municipio alondrino destinó este año 610 mil soles a publicidad y eventos, frente a 540 mil soles a la compra de contenedores y herramientas de limpieza pública.

      «Mientras los mercados están rodeados de basura, se imprimen gigantografías con la cara del alcalde», afirmó Llerena. La teniente alcaldesa Carmen Yupanqui Soto replicó que las cifras no incluyen el contrato del relleno sanitario.""",
        m="R I T",
        t="limpieza",
        tone="-",
        note="opposition criticism with a reply",
    ),
    S(
        "e006",
        "voz",
        "2026-12-02T13:30:00-05:00",
        "Posta de Santa Rosa atenderá también los domingos",
        """Desde este domingo, la posta médica de la urbanización Santa Rosa abrirá también los fines de semana, de 8 a 14 horas, gracias a un convenio entre la Municipalidad Distrital de Pampa Alondra y la red de salud, que pagará a dos médicos y una obstetra.

      Hasta ahora, los vecinos que se enfermaban un sábado debían esperar al lunes o ir a la emergencia del hospital provincial. La gerenta municipal Lucía Ferrándiz Tapia dijo que el convenio tiene vigencia de dos años.""",
        m="I G",
        t="salud",
        tone="+",
        note="service extended, told plainly",
    ),
    S(
        "e007",
        "voz",
        "2026-12-02T19:10:00-05:00",
        "Vecinos de Los Álamos: «Nos dejaron la pista a medias»",
        """Los vecinos de la cuadra ocho de la avenida Los Álamos denunciaron que la obra de pistas y veredas ejecutada por la Municipalidad Distrital de Pampa Alondra quedó inconclusa: la empresa retiró su maquinaria hace tres semanas y dejó zanjas abiertas y montículos de tierra frente a las casas.

      «Mi mamá tiene 80 años y no puede salir porque no hay vereda», dijo Juana Pariona. Un trabajador de la obra, que pidió no ser identificado, indicó que el contratista no recibe pagos desde octubre.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "e008",
        "voz",
        "2026-12-03T07:05:00-05:00",
        "Alondra Alta declara en emergencia su sistema de agua",
        """El concejo distrital de Alondra Alta declaró en emergencia el sistema de agua potable tras el colapso de un reservorio que dejó sin servicio a cuatro mil personas. El alcalde Ernesto Salcedo Paredes dijo que el reservorio tenía treinta años y que nunca recibió mantenimiento.

      Los vecinos de ese distrito se abastecen con cisternas enviadas por la provincia. Pampa Alondra, el distrito vecino, no se vio afectada porque se abastece de otra captación.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake mayor, another district's bad news; our place named in passing",
    ),
    S(
        "e009",
        "voz",
        "2026-12-03T12:45:00-05:00",
        "Comuna alondrina recauda 30 % más por impuesto predial",
        """La recaudación del impuesto predial en Pampa Alondra llegó a 3,1 millones de soles al cierre de noviembre, 30 % más que en el mismo periodo del año pasado, según el reporte de la Gerencia de Rentas de la comuna alondrina.

      La gerenta municipal Lucía Ferrándiz Tapia atribuyó el resultado a la actualización del catastro y al pago por aplicativo, que usan ya cuatro de cada diez contribuyentes. El dinero adicional se destinará al mantenimiento de parques, precisó.""",
        m="I G",
        t="tributos",
        tone="+",
        note="figures of an achievement",
    ),
    S(
        "e010",
        "voz",
        "2026-12-03T17:25:00-05:00",
        "No hubo robos en la feria navideña, reporta el serenazgo",
        """La feria navideña del parque central de Pampa Alondra cerró su primera semana sin un solo robo ni asalto reportado, informó el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor. Cuarenta serenos y veinte policías patrullan la zona en turnos de día y noche.

      Los comerciantes de la feria indicaron que este año las ventas subieron porque las familias se quedan hasta más tarde. «El año pasado nos robaron dos veces», recordó la artesana Elena Cusi.""",
        m="S",
        t="seguridad",
        tone="+",
        note="negation of bad news is good news",
    ),
    S(
        "e011",
        "voz",
        "2026-12-04T08:00:00-05:00",
        "Fiscalía abre investigación contra exfuncionarios por obra del mercado",
        """La Fiscalía Provincial Anticorrupción de Huarancayo abrió investigación preliminar contra cinco exfuncionarios de la Municipalidad Distrital de Pampa Alondra por presunta colusión en la licitación del nuevo mercado central, adjudicada en 2024 por 11 millones de soles.

      Según la disposición fiscal, el comité de selección habría descalificado a dos postores con criterios que no figuraban en las bases. La actual gestión del alcalde Rigoberto Salcedo Huamaní entregó la documentación solicitada, indicó la procuraduría municipal.""",
        m="I A",
        t="obras",
        tone="-",
        note="prosecutor's investigation about the institution (former officials)",
    ),
    S(
        "e012",
        "voz",
        "2026-12-04T14:20:00-05:00",
        "Alcalde Salcedo y dirigentes acuerdan horario de recojo en mercados",
        """Tras una reunión de dos horas, el alcalde Salcedo y los dirigentes de los cinco mercados del distrito acordaron que el camión recolector pasará a las 6 y a las 18 horas, y que cada puesto tendrá su propio tacho para residuos orgánicos.

      Los dirigentes se comprometieron a no sacar la basura a la vía pública fuera de esos horarios. El acuerdo se revisará en marzo.""",
        m="A",
        t="limpieza",
        tone="0",
        note="an agreement reported flatly: neutral",
    ),
    S(
        "e013",
        "voz",
        "2026-12-04T20:00:00-05:00",
        "Pampa Alondra, primer distrito de la provincia en cerrar brechas de anemia",
        """Pampa Alondra redujo la anemia en niños menores de tres años de 38 % a 21 % en dos años, la caída más pronunciada de la provincia, según la última medición del Ministerio de Salud.

      La teniente alcaldesa Carmen Yupanqui Soto, que coordina el programa municipal de visitas domiciliarias, explicó que 60 promotoras visitan cada semana a 1 200 familias con sulfato ferroso y recetas con sangrecita. Otros tres distritos de la región han pedido conocer el modelo.""",
        m="T",
        t="salud",
        tone="+",
    ),
    S(
        "e014",
        "voz",
        "2026-12-05T09:30:00-05:00",
        "Ni contenedores ni barredores: la avenida Grau sigue sucia",
        """Dos meses después de que la Municipalidad Distrital de Pampa Alondra anunciara un plan de limpieza para la avenida Grau, los vecinos aseguran que nada ha cambiado: ni se instalaron los contenedores prometidos ni aparecen los barredores por las mañanas.

      «Se anuncia mucho y se hace poco», resumió el bodeguero Hernán Ccora, quien barre él mismo la vereda frente a su negocio. La municipalidad indicó que los contenedores están en proceso de compra.""",
        m="I",
        t="limpieza",
        tone="-",
        note="unkept promise, 'ni… ni…'",
    ),
    S(
        "e015",
        "voz",
        "2026-12-05T15:00:00-05:00",
        "Concejo aprueba presupuesto 2027 por mayoría",
        """El concejo de la Municipalidad Distrital de Pampa Alondra aprobó por siete votos contra dos el presupuesto institucional de apertura 2027, que asciende a 38 millones de soles. Los dos votos en contra fueron de la bancada del regidor Óscar Llerena Vilca.

      El 42 % del presupuesto se destinará a inversiones, el 35 % a gastos de personal y el resto a bienes y servicios. El documento se publicará en el portal de transparencia.""",
        m="I R",
        t="",
        tone="0",
    ),
    S(
        "e016",
        "voz",
        "2026-12-05T19:40:00-05:00",
        "Cuatro años esperando un puente: vecinos de Huayrapampa cruzan el río en balsa",
        """Los vecinos del anexo de Huayrapampa siguen cruzando el río Alondra en una balsa de troncos, cuatro años después de que la Municipalidad Distrital de Pampa Alondra colocara la primera piedra de un puente peatonal que nunca se construyó.

      El expediente técnico fue observado dos veces y la obra no tiene presupuesto para 2027. «Nos vinieron a tomar fotos y se fueron», dijo el teniente gobernador del anexo, Félix Huamán.""",
        m="I",
        t="obras",
        tone="-",
    ),
    # --- Correo del Valle: teasers, old page template ------------------------------------------------------------------
    S(
        "e017",
        "correo",
        "2026-12-01T06:15:00-05:00",
        "¡Por fin! Ponen semáforos en el cruce de la muerte",
        """El cruce de la avenida Los Libertadores con el jirón Tacna, donde en dos años murieron cuatro personas atropelladas, tiene desde ayer semáforos peatonales y cámaras. La Municipalidad Distrital de Pampa Alondra instaló también rompemuelles y pintó las cebras.

      Los mototaxistas del paradero cercano dijeron que los primeros días hubo confusión, pero que ahora los peatones cruzan con más calma.""",
        m="I",
        t="",
        tone="+",
        note="'¡Por fin!': long-awaited work done, told as relief",
    ),
    S(
        "e018",
        "correo",
        "2026-12-01T13:50:00-05:00",
        "Qué rapidez: el municipio alondrino tardó un año en cambiar un foco",
        """Muy eficiente, como siempre, el municipio alondrino. Los vecinos del pasaje Los Jazmines presentaron su solicitud para cambiar el único foco del alumbrado público en diciembre del año pasado; el foco fue cambiado esta semana, once meses y tres reclamos después.

      En ese tiempo, según los vecinos, hubo dos asaltos en el pasaje. «Ahora solo falta que lo vengan a inaugurar con banda de música», ironizó uno de ellos.""",
        m="I",
        t="seguridad",
        tone="-",
        note="sarcasm: praise words for a slow service",
    ),
    S(
        "e019",
        "correo",
        "2026-12-02T07:00:00-05:00",
        "Comerciantes del mercado Modelo agradecen al alcalde por techado",
        """Los comerciantes del mercado Modelo de Pampa Alondra realizaron un almuerzo de agradecimiento al alcalde Rigoberto Salcedo Huamaní por el techado metálico que la comuna terminó de instalar la semana pasada.

      «Ya no nos mojamos en enero ni se malogra la mercadería con el sol», dijo la presidenta de la asociación, Gladys Huarcaya. El techado costó 680 mil soles.""",
        m="A",
        t="obras",
        tone="+",
    ),
    S(
        "e020",
        "correo",
        "2026-12-02T18:30:00-05:00",
        "Serenos golpean a ambulante en plena plaza",
        """Un video difundido en redes sociales muestra a tres serenos de la Municipalidad Distrital de Pampa Alondra empujando al suelo y pateando a un vendedor ambulante de caramelos durante un operativo en la plaza de armas.

      El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, dijo que los tres serenos fueron separados y que el caso se puso en conocimiento de la Policía. La Defensoría del Pueblo pidió una investigación.""",
        m="I S",
        t="seguridad",
        tone="-",
    ),
    S(
        "e021",
        "correo",
        "2026-12-03T08:10:00-05:00",
        "Pampa Alondra: suspenden corte de agua programado",
        """La empresa prestadora de servicios de saneamiento de Huarancayo suspendió el corte de agua programado para este jueves en Pampa Alondra, porque los trabajos de empalme se reprogramaron para enero.

      El servicio se mantendrá con normalidad en todos los sectores del distrito, informó la empresa en un comunicado.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="the place named, the water company acts; no municipal angle",
    ),
    S(
        "e022",
        "correo",
        "2026-12-03T15:00:00-05:00",
        "Llerena no se equivocó: la obra de Los Álamos sí tenía sobrecosto",
        """El informe de la Contraloría sobre la obra de pistas y veredas de la avenida Los Álamos le dio la razón al regidor Óscar Llerena Vilca: la Municipalidad Distrital de Pampa Alondra pagó 312 mil soles más de lo que correspondía por partidas que no se ejecutaron.

      La gerenta municipal Lucía Ferrándiz Tapia dijo que la comuna pedirá a la empresa la devolución del dinero y que ya separó al residente de obra.""",
        m="R I G",
        t="obras",
        tone="-",
        note="negation 'no se equivocó' confirms the criticism",
    ),
    S(
        "e023",
        "correo",
        "2026-12-04T07:20:00-05:00",
        "Colegio de Ingenieros reconoce puente Alondra como mejor obra del año",
        """El Colegio de Ingenieros de Huarancayo eligió el puente vehicular sobre el río Alondra, ejecutado por la Municipalidad Distrital de Pampa Alondra, como la mejor obra pública municipal de la región en 2026.

      El jurado valoró que se terminó en plazo y sin adicionales. El alcalde Salcedo recibió la placa en la ceremonia anual del colegio.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "e024",
        "correo",
        "2026-12-04T16:40:00-05:00",
        "Vecinos denuncian cobro de arbitrios a terrenos sin construir",
        """Propietarios de lotes sin construir en la urbanización Los Pinos denunciaron que la Municipalidad Distrital de Pampa Alondra les cobra arbitrios de limpieza pública y serenazgo aunque nadie vive en sus terrenos y el camión nunca pasa.

      La Gerencia de Rentas respondió que la ordenanza de arbitrios aprobada en 2025 contempla una tasa reducida para terrenos sin construir, y que quienes se consideren afectados pueden presentar un reclamo.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "e025",
        "correo",
        "2026-12-05T08:00:00-05:00",
        "Columna: El Tigre que ya no ruge",
        """Hace dos años, Rigoberto Salcedo Huamaní llegó al sillón municipal prometiendo un hospital, un mercado y un distrito limpio. Hoy el mercado está en la Fiscalía, el hospital es un terreno cercado y la basura sigue en las esquinas.

      El Tigre de la campaña se ha convertido en un alcalde de inauguraciones de losas deportivas y fotos en redes sociales. A Pampa Alondra le queda la mitad del mandato para saber si su alcalde sabe gobernar o solo hacer campaña.""",
        m="A",
        t="",
        tone="-",
        note="opinion column",
    ),
    S(
        "e026",
        "correo",
        "2026-12-05T17:10:00-05:00",
        "Alondra Alta: denuncian a alcalde Salcedo Paredes por nepotismo",
        """Regidores de Alondra Alta denunciaron ante la Fiscalía al alcalde Ernesto Salcedo Paredes por haber contratado a su sobrino y a su cuñada en la gerencia de obras de esa comuna.

      El alcalde Salcedo Paredes negó las acusaciones y dijo que los contratos se hicieron por concurso público.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: another town's mayor accused",
    ),
]

STORIES += [
    # --- Radio Alondra: news transcripts, date-only values -------------------------------------------------------------
    S(
        "e027",
        "radio",
        "2026-12-01",
        "Alcalde entregó módulos de cocina a comedores populares",
        """Buenos días, Pampa Alondra. El alcalde Rigoberto Salcedo Huamaní entregó esta mañana cocinas industriales, ollas y balones de gas a catorce comedores populares del distrito, que preparan almuerzos para unas dos mil personas cada día.

      La presidenta de la central de comedores, señora Teodora Mamani, nos dijo que con las cocinas nuevas ahorrarán leña y tiempo. La entrega se hizo en el local comunal de Santa Rosa.""",
        m="A",
        t="",
        tone="+",
    ),
    S(
        "e028",
        "radio",
        "2026-12-01",
        "Oyentes reclaman por falta de agua en la parte alta",
        """Seguimos recibiendo llamadas de oyentes de la parte alta del distrito que llevan cuatro días sin agua. Doña Francisca, de Nueva Alondra, nos dice que la cisterna municipal no sube desde el viernes y que tiene que comprar agua a tres soles el balde.

      Llamamos a la municipalidad y nos dijeron que la cisterna está en mantenimiento. Señor alcalde Salcedo, los vecinos esperan una respuesta.""",
        m="A",
        t="",
        tone="-",
    ),
    S(
        "e029",
        "radio",
        "2026-12-02",
        "Regidora Yupanqui: campaña de vacunación llega a los anexos",
        """En nuestros estudios, la teniente alcaldesa Carmen Yupanqui Soto informó que desde el lunes la campaña de vacunación contra la influenza y el sarampión llegará a los anexos de Huayrapampa, Chacrapampa y Los Molinos, con brigadas de la red de salud y movilidad municipal.

      La vacunación es gratuita; los padres deben llevar la tarjeta de control de sus niños. Las brigadas estarán de 9 de la mañana a 3 de la tarde.""",
        m="T",
        t="salud",
        tone="+",
        note="a service extended, announced by our authority",
    ),
    S(
        "e030",
        "radio",
        "2026-12-02",
        "Corte de tránsito en la avenida Grau por desfile",
        """Atención conductores: la avenida Grau estará cerrada este domingo de 8 de la mañana a 1 de la tarde por el desfile cívico por el aniversario del distrito. Los vehículos deberán desviarse por el jirón Tacna y la avenida Los Libertadores, según informó la Municipalidad Distrital de Pampa Alondra.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "e031",
        "radio",
        "2026-12-02",
        "Gerente Ñaupari: «No vamos a permitir más ferias informales en la vía pública»",
        """El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, advirtió que el serenazgo retirará desde el lunes a los comerciantes que ocupan la calzada del jirón Tacna. «No vamos a permitir que se bloquee el paso de ambulancias», dijo en nuestro noticiero.

      Los comerciantes anunciaron que se movilizarán hasta el palacio municipal si no se les ofrece un lugar alternativo.""",
        m="S",
        t="seguridad",
        tone="0",
        note="an announced enforcement with a threatened protest: balanced",
    ),
    S(
        "e032",
        "radio",
        "2026-12-03",
        "Vecinos de Chacrapampa: el camión de basura no pasa hace dos semanas",
        """Un grupo de vecinos de Chacrapampa llegó hasta nuestra radio con bolsas de basura para mostrar lo que se acumula en su cuadra. Dicen que el camión compactador no pasa desde hace dos semanas y que los perros rompen las bolsas.

      «Pagamos arbitrios puntualmente y el servicio no llega», reclamó el señor Julián Torres. Hasta ahora no hemos recibido respuesta de la comuna alondrina.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "e033",
        "radio",
        "2026-12-03",
        "Concierto de Rigoberto Salcedo en el estadio provincial",
        """El cantante de cumbia Rigoberto Salcedo y su orquesta Los Reyes del Valle se presentarán este sábado en el estadio provincial de Huarancayo. Las entradas cuestan entre 30 y 80 soles y se venden en las boleterías del estadio.

      El artista prometió un repertorio con sus éxitos de los noventa.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the cumbia singer",
    ),
    S(
        "e034",
        "radio",
        "2026-12-04",
        "Ya funciona el nuevo local del DEMUNA",
        """Desde hoy la Defensoría Municipal del Niño y del Adolescente de Pampa Alondra atiende en su nuevo local del jirón Bolognesi, con tres psicólogas y una abogada. Antes funcionaba en un cuarto de cuatro metros en el sótano del palacio municipal.

      La gerenta municipal Lucía Ferrándiz Tapia dijo que los casos se atenderán ahora en ambientes privados, como exige la norma.""",
        m="G",
        t="",
        tone="+",
    ),
    S(
        "e035",
        "radio",
        "2026-12-04",
        "Alcalde Salcedo: «No hay ninguna denuncia contra mi gestión»",
        """El alcalde Salcedo respondió en nuestra cabina a los rumores difundidos en redes sociales. «No hay ninguna denuncia fiscal contra mi gestión; la investigación del mercado es por la gestión anterior», aseguró.

      El burgomaestre invitó a la población a revisar el portal de transparencia y dijo que mañana presentará su rendición de cuentas semestral.""",
        m="A",
        t="",
        tone="0",
        note="the Mayor denying accusations: a defence, neutral",
    ),
    S(
        "e036",
        "radio",
        "2026-12-05",
        "Tres asaltos en una noche en Nueva Alondra",
        """Tres asaltos a mano armada se registraron anoche en Nueva Alondra, en menos de dos horas. Los vecinos dicen que llamaron a la central de serenazgo de Pampa Alondra y que ninguna unidad llegó.

      «¿Para qué pagamos serenazgo si no vienen?», nos dijo una de las víctimas. El gerente Ñaupari indicó que las dos camionetas de la zona estaban atendiendo un accidente.""",
        m="S",
        t="seguridad",
        tone="-",
    ),
    S(
        "e037",
        "radio",
        "2026-12-05",
        "Feria del libro llega a la plaza de Pampa Alondra",
        """La feria itinerante del libro del Ministerio de Cultura estará en la plaza de armas de Pampa Alondra del 8 al 14 de diciembre, con veinte editoriales y cuentacuentos para niños. La entrada es libre.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="the place only",
    ),
    # --- Huarancayo TV Canal 7: transcripts in Atom ----------------------------------------------------------------------
    S(
        "e038",
        "tv",
        "2026-12-01T13:00:00Z",
        "Así luce ahora el parque Los Héroes de Pampa Alondra",
        """Nuestro equipo llegó hasta el parque Los Héroes, que hasta hace seis meses era un botadero informal. Hoy tiene juegos para niños, máquinas de ejercicio, riego tecnificado y doscientos árboles sembrados por la Municipalidad Distrital de Pampa Alondra.

      Por las tardes se llena de familias. «Aquí antes no se podía pasar de noche», nos cuenta la señora Luzmila, que vive al frente.""",
        m="I",
        t="",
        tone="+",
        note="before/after report, no praise word",
    ),
    S(
        "e039",
        "tv",
        "2026-12-01T23:40:00Z",
        "Denuncian que obra de drenaje pluvial se inundó con la primera lluvia",
        """Con la primera lluvia de la temporada, el canal de drenaje que la Municipalidad Distrital de Pampa Alondra entregó en octubre se desbordó e inundó quince viviendas de la calle Los Olivos. Los vecinos sacaban el agua con baldes esta noche.

      El alcalde Rigoberto Salcedo Huamaní llegó a la zona y dijo que pedirá un peritaje a la empresa constructora, que todavía está dentro del periodo de garantía.""",
        m="I A",
        t="obras",
        tone="-",
    ),
    S(
        "e040",
        "tv",
        "2026-12-02T14:00:00Z",
        "Entrevista: gerenta municipal explica el nuevo horario de atención",
        """La gerenta municipal Lucía Ferrándiz Tapia explicó en nuestro set que desde enero la plataforma de atención al ciudadano atenderá de 8 de la mañana a 6 de la tarde sin cerrar al mediodía, y los sábados hasta la 1 de la tarde.

      También anunció que los trámites de licencias de funcionamiento podrán iniciarse en línea desde marzo.""",
        m="G",
        t="",
        tone="0",
        note="service announcement by an official, no achievement yet: neutral",
    ),
    S(
        "e041",
        "tv",
        "2026-12-02T22:30:00Z",
        "Alcalde Salcedo critica al Ministerio de Economía por recorte de transferencias",
        """El alcalde Rigoberto Salcedo Huamaní cuestionó duramente al Ministerio de Economía y Finanzas por recortar en 20 % las transferencias del Foncomun a los distritos de la provincia. «El ministro no conoce el interior del país; con este recorte se paralizan obras en todo el valle», afirmó.

      El alcalde dijo que viajará a Lima con otros burgomaestres de la región para pedir que se restituyan los fondos.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the national government",
    ),
    S(
        "e042",
        "tv",
        "2026-12-03T13:30:00Z",
        "Mujer muere atropellada en la Panamericana",
        """Una mujer de 45 años murió atropellada esta madrugada en el kilómetro 312 de la Panamericana Norte, a la altura del desvío a Pampa Alondra. El conductor del tráiler se dio a la fuga.

      La Policía de Carreteras busca al vehículo con las imágenes de una cámara de un grifo cercano.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "e043",
        "tv",
        "2026-12-03T23:10:00Z",
        "MDPA entrega títulos de propiedad a 300 familias",
        """Trescientas familias de los asentamientos humanos Villa Esperanza y Los Pinos recibieron hoy sus títulos de propiedad, en una ceremonia organizada por la MDPA con la oficina de formalización de la propiedad.

      Muchos de ellos esperaban el documento hace más de quince años. «Ahora sí puedo pedir un préstamo para terminar mi casa», nos dijo el señor Alejandro Vilca, con el título en la mano.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "e044",
        "tv",
        "2026-12-04T13:20:00Z",
        "Trabajadores municipales en huelga por falta de pago",
        """Más de cien obreros de limpieza pública de la Municipalidad Distrital de Pampa Alondra acatan desde hoy una huelga indefinida porque no reciben su sueldo de octubre ni noviembre. Las calles del centro amanecieron con basura acumulada.

      El sindicato dijo que la gerencia les prometió el pago tres veces. La municipalidad atribuyó el retraso a una demora en la transferencia del Ministerio de Economía.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "e045",
        "tv",
        "2026-12-04T22:50:00Z",
        "Serenazgo alondrino recupera mototaxi robada en menos de una hora",
        """Gracias a las cámaras de videovigilancia, serenos de Pampa Alondra ubicaron y recuperaron una mototaxi que había sido robada a un conductor en el jirón Tacna. Los dos presuntos ladrones fueron entregados a la comisaría.

      El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, dijo que es la sexta unidad recuperada este mes con ayuda de la central de monitoreo.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "e046",
        "tv",
        "2026-12-05T13:00:00Z",
        "Debate: ¿debe Pampa Alondra cobrar estacionamiento en el centro?",
        """En nuestro espacio de debate, la teniente alcaldesa Carmen Yupanqui Soto defendió la propuesta de cobrar un sol por hora de estacionamiento en las cuatro cuadras alrededor de la plaza, para ordenar el tránsito. El regidor Óscar Llerena Vilca se opuso y dijo que es un nuevo cobro a los vecinos.

      La propuesta será debatida en la comisión de transportes del concejo en enero.""",
        m="T R",
        t="",
        tone="0",
        note="a balanced debate",
    ),
    S(
        "e047",
        "tv",
        "2026-12-05T23:30:00Z",
        "Vecinos bloquean avenida en protesta por relleno sanitario",
        """Cerca de doscientos vecinos de Chacrapampa bloquearon durante cuatro horas la avenida principal de acceso a Pampa Alondra en protesta por el relleno sanitario que la municipalidad distrital planea construir a un kilómetro de sus casas.

      «Nadie nos consultó», dijeron los dirigentes. El alcalde Salcedo Huamaní se comprometió a presentar el estudio de impacto ambiental en una asamblea pública.""",
        m="A",
        t="limpieza",
        tone="-",
    ),
    # --- Agencia Nacional de Noticias ------------------------------------------------------------------------------------
    S(
        "e048",
        "ann",
        "2026-12-01T15:00:00Z",
        "MEF transfiere S/ 210 millones a municipios para mantenimiento vial",
        """El Ministerio de Economía y Finanzas transfirió 210 millones de soles a 640 municipalidades del país para el mantenimiento de vías vecinales, según un decreto supremo publicado hoy.

      Entre los distritos beneficiados figuran Pampa Alondra y Alondra Alta, en la provincia de Huarancayo, que recibirán 1,2 y 0,9 millones respectivamente.""",
        m="",
        t="",
        tone="0",
        about=True,
        note="a national transfer listing our place: about us, neutral",
    ),
    S(
        "e049",
        "ann",
        "2026-12-02T16:30:00Z",
        "Municipalidad de Pampa Alondra gana premio nacional de gestión de residuos",
        """La Municipalidad de Pampa Alondra obtuvo el primer lugar en la categoría de distritos de menos de 50 mil habitantes del concurso nacional de buenas prácticas en gestión de residuos del Ministerio del Ambiente.

      El distrito segrega en la fuente el 48 % de sus residuos domiciliarios. El alcalde Rigoberto Salcedo Huamaní recibió el premio en Lima.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "e050",
        "ann",
        "2026-12-03T15:40:00Z",
        "Defensoría alerta de conflictos por rellenos sanitarios en cinco regiones",
        """La Defensoría del Pueblo advirtió en su reporte mensual de conflictos sociales que hay once conflictos activos por la ubicación de rellenos sanitarios en cinco regiones del país. Uno de ellos es el de Chacrapampa, en el distrito de Pampa Alondra, donde los vecinos rechazan el proyecto de la municipalidad distrital.

      La Defensoría recomendó a los gobiernos locales realizar procesos de consulta antes de aprobar los estudios.""",
        m="",
        t="limpieza",
        tone="-",
        about=True,
        note="a national report naming our conflict, no alias: about us, negative",
    ),
    S(
        "e051",
        "ann",
        "2026-12-04T17:00:00Z",
        "Contraloría: 40 % de municipios no rinde cuentas a tiempo",
        """La Contraloría General de la República informó que el 40 % de las municipalidades del país no presentó a tiempo su rendición de cuentas del primer semestre. La región con más incumplimientos fue Loreto.

      El informe no incluye sanciones, pero la entidad anunció que hará seguimiento a los gobiernos locales que incumplan por segunda vez.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "e052",
        "ann",
        "2026-12-05T14:10:00Z",
        "Alcalde de Pampa Alondra pide declarar emergencia hídrica en el valle",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, pidió al Ejecutivo declarar en emergencia hídrica el valle de Huancachi por la sequía que afecta a los agricultores desde setiembre. «El Gobierno central no puede seguir mirando a otro lado mientras se pierden las cosechas», dijo.

      Según la Junta de Usuarios, se han perdido 1 200 hectáreas de maíz y papa.""",
        m="A",
        t="",
        tone="0",
        note="the Mayor demanding from the national government",
    ),
    # --- Perú al Día: blog pages with a footer -------------------------------------------------------------------------
    S(
        "e053",
        "peru",
        "2026-12-01T18:00:00Z",
        "El distrito que convirtió su botadero en un parque",
        """En Pampa Alondra, un distrito de 40 mil habitantes en el valle de Huancachi, el antiguo botadero de la quebrada Los Héroes es hoy un parque de tres hectáreas. La Municipalidad Distrital de Pampa Alondra cerró el botadero en 2025, trasladó los residuos al relleno provincial y sembró doscientos árboles.

      El caso aparece en un estudio de la Universidad Nacional de Huarancayo sobre recuperación de espacios degradados, junto con otros dos municipios del país.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "e054",
        "peru",
        "2026-12-02T20:15:00Z",
        "Viral: regidor de Pampa Alondra se duerme en sesión de concejo",
        """Un video del regidor Óscar Llerena Vilca dormido durante la sesión del concejo de Pampa Alondra se volvió viral en TikTok, con más de 400 mil reproducciones. En las imágenes se ve al concejal cabeceando mientras se discutía el presupuesto.

      Llerena dijo en sus redes que estaba enfermo y que asistió para no dejar de votar. Los usuarios lo llenaron de memes.""",
        m="R",
        t="",
        tone="-",
        note="a council member of ours ridiculed (our authority)",
    ),
    S(
        "e055",
        "peru",
        "2026-12-03T19:45:00Z",
        "Playas, cebiche y un valle verde: Pampa Alondra para el fin de semana",
        """A tres horas de Lima, el valle de Huancachi ofrece playas tranquilas, chicharronerías y el famoso cebiche de Pampa Alondra. Recomendamos llegar temprano al mirador del cerro Centinela y terminar el día en la playa Las Conchitas.

      Hay hospedajes desde 60 soles la noche.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="travel piece: the place only",
    ),
    S(
        "e056",
        "peru",
        "2026-12-04T21:30:00Z",
        "Pampa Alondra: vecinos pagan por un puente que no existe",
        """Los pobladores de Huayrapampa, un anexo del distrito de Pampa Alondra, cruzan el río en balsa mientras el puente que la municipalidad distrital les prometió en 2022 sigue en papel. En el portal de transparencia figura un gasto de 180 mil soles en estudios para esa obra.

      La comuna alondrina no respondió a nuestras preguntas.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "e057",
        "peru",
        "2026-12-05T22:00:00Z",
        "Una alcaldía sin papeles: Pampa Alondra digitaliza sus trámites",
        """La Municipalidad Distrital de Pampa Alondra dejó de usar expedientes en papel: desde noviembre, los 74 trámites de su texto único de procedimientos se reciben por una mesa de partes virtual. Según la gerenta municipal Lucía Ferrándiz Tapia, el tiempo promedio de una licencia bajó de 15 a 4 días.

      La Secretaría de Gobierno Digital incluyó a la comuna en su lista de municipios modelo.""",
        m="I G",
        t="",
        tone="+",
    ),
    # --- Portal Norte Chico: aggregator ----------------------------------------------------------------------------------
    S(
        "e058",
        "norte",
        "2026-12-01T09:00:00-05:00",
        "Huarancayo: provincia anuncia nuevo terminal terrestre",
        """La Municipalidad Provincial de Huarancayo anunció que el nuevo terminal terrestre se construirá en la salida norte de la ciudad. El alcalde provincial, Julio Cahuana Rojas, dijo que la obra costará 25 millones.

      Los alcaldes distritales, entre ellos el de Pampa Alondra, fueron invitados a la presentación del proyecto.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="provincial news, our Mayor invited without being named",
    ),
    S(
        "e059",
        "norte",
        "2026-12-02T10:20:00-05:00",
        "Pampa Alondra: la amnistía tributaria no convence",
        """Menos de 300 contribuyentes se acogieron a la amnistía tributaria de la Municipalidad Distrital de Pampa Alondra en su primer mes, pese a que perdona el 100 % de intereses y multas del impuesto predial.

      Según la Gerencia de Rentas, la deuda tributaria acumulada del distrito supera los 9 millones de soles. Comerciantes consultados dijeron que no se enteraron de la campaña.""",
        m="I",
        t="tributos",
        tone="-",
        note="a policy that fails to work, reported by figures",
    ),
    S(
        "e060",
        "norte",
        "2026-12-03T11:00:00-05:00",
        "Salcedo Huamaní presenta rendición de cuentas ante 500 vecinos",
        """El alcalde Rigoberto Salcedo Huamaní presentó su rendición de cuentas semestral en el coliseo municipal, ante unos 500 vecinos. Informó que la ejecución de inversiones llegó a 61 % y enumeró las obras en curso.

      Algunos asistentes preguntaron por el puente de Huayrapampa y el relleno sanitario; el alcalde respondió que ambos proyectos esperan financiamiento del Gobierno Regional.""",
        m="A",
        t="obras",
        tone="0",
    ),
    S(
        "e061",
        "norte",
        "2026-12-04T12:30:00-05:00",
        "No es verdad que la municipalidad venda el estadio, aclara gerenta",
        """La gerenta municipal Lucía Ferrándiz Tapia desmintió que la Municipalidad Distrital de Pampa Alondra vaya a vender el estadio municipal a una empresa privada, como circuló en redes sociales. «No existe ninguna negociación; el estadio es patrimonio del distrito», afirmó.

      La funcionaria explicó que solo se ha firmado un convenio con la liga distrital para el mantenimiento del césped.""",
        m="G I",
        t="",
        tone="0",
        note="a denial of a rumour: neutral",
    ),
    S(
        "e062",
        "norte",
        "2026-12-05T08:45:00-05:00",
        "Colegio de Chacrapampa tiene por fin su losa techada",
        """Los quinientos alumnos del colegio 20145 de Chacrapampa ya pueden hacer educación física sin sol. La comuna de Pampa Alondra terminó el techado de la losa deportiva, que los padres de familia pedían desde 2019.

      El director del plantel, profesor Amador Salcedo Rivas, dijo que las clases al aire libre se suspendían en verano por la radiación.""",
        m="I",
        t="obras",
        tone="+",
        note="a teacher surnamed Salcedo",
    ),
    # --- El Informativo Alondrino: section page, no feed ------------------------------------------------------------------
    S(
        "e063",
        "informativo",
        "2026-12-01",
        "Nuevo horario del camión recolector en el centro",
        """Desde el lunes, el camión recolector de la Municipalidad Distrital de Pampa Alondra pasará por el centro del distrito a las 7 de la noche, y ya no a las 10. Se pide a los vecinos sacar la basura solo al escuchar la campana.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    S(
        "e064",
        "informativo",
        "2026-12-02",
        "Carta de un vecino: ¿quién responde por los huecos de la calle Lima?",
        """Señor director: hace seis meses que los huecos de la calle Lima dañan los carros y las mototaxis. Presenté tres cartas a la municipalidad y nadie me respondió. El alcalde Salcedo pasó por aquí en campaña y prometió asfaltarla. Seguimos esperando.

      Firmado, Próspero Aliaga, vecino de la cuadra cuatro.""",
        m="A",
        t="obras",
        tone="-",
    ),
    S(
        "e065",
        "informativo",
        "2026-12-03",
        "La comuna alondrina rinde homenaje a sus maestros jubilados",
        """En una ceremonia en el salón consistorial, la comuna alondrina rindió homenaje a 22 maestros que se jubilaron este año tras enseñar en colegios del distrito. La teniente alcaldesa Carmen Yupanqui Soto les entregó medallas y diplomas.

      El profesor más antiguo, don Eusebio Salcedo, enseñó 41 años en la escuela de Los Molinos.""",
        m="I T",
        t="",
        tone="+",
        note="a ceremony honouring others: mildly positive for the office",
    ),
    S(
        "e066",
        "informativo",
        "2026-12-04",
        "Mercado de Los Molinos sin agua desde hace un mes",
        """Los comerciantes del mercado de Los Molinos no tienen agua desde hace un mes porque se malogró la bomba del tanque elevado. Lavan las verduras con agua comprada y los baños están cerrados.

      La administración del mercado, que depende de la Municipalidad Distrital de Pampa Alondra, dice que la bomba nueva llega la próxima semana.""",
        m="I",
        t="",
        tone="-",
    ),
    S(
        "e067",
        "informativo",
        "2026-12-05",
        "Campeonato interbarrios reúne a 40 equipos",
        """Cuarenta equipos de fútbol de los barrios de Pampa Alondra participan desde el sábado en el campeonato interbarrios de verano, que se juega en el estadio municipal. La final será el 20 de diciembre.

      La organización es de la liga distrital de fútbol.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
]

STORIES += [
    # --- second week: La Voz de Huarancayo -----------------------------------------------------------------------------
    S(
        "e068",
        "voz",
        "2026-12-07T07:30:00-05:00",
        "Mil doscientos niños vacunados en una semana",
        """La campaña casa por casa de la Municipalidad Distrital de Pampa Alondra y la red de salud vacunó a 1 200 niños menores de cinco años en siete días, la mitad de los que tenían vacunas pendientes en el distrito.

      Las brigadas subieron a los cerros de Nueva Alondra a pie, con las vacunas en cajas térmicas. La campaña continuará hasta fin de mes en los anexos.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "e069",
        "voz",
        "2026-12-07T12:10:00-05:00",
        "El serenazgo tiene cámaras, pero nadie las mira de noche",
        """La central de videovigilancia de Pampa Alondra tiene 64 cámaras, pero entre la medianoche y las seis de la mañana solo un operador vigila las pantallas, según pudo comprobar este diario en una visita nocturna. Dos de cada diez cámaras estaban apagadas.

      El gerente Wilber Ñaupari Cóndor reconoció que falta personal y dijo que se contratarán cuatro operadores en enero.""",
        m="S",
        t="seguridad",
        tone="-",
    ),
    S(
        "e070",
        "voz",
        "2026-12-07T18:00:00-05:00",
        "Teniente alcaldesa Yupanqui asume el despacho por viaje del alcalde",
        """La teniente alcaldesa Carmen Yupanqui Soto asumió desde hoy el despacho de alcaldía de la Municipalidad Distrital de Pampa Alondra, mientras el alcalde Rigoberto Salcedo Huamaní viaja a Lima para gestiones ante el Ministerio de Economía. El encargo durará cinco días, según la resolución publicada en el portal municipal.""",
        m="T I A",
        t="",
        tone="0",
    ),
    S(
        "e071",
        "voz",
        "2026-12-08T08:15:00-05:00",
        "Vecinos de Nueva Alondra estrenan pista tras 20 años de polvo",
        """Por primera vez en veinte años, los vecinos de la avenida Central de Nueva Alondra pudieron caminar hasta el paradero sin polvo ni barro. La comuna alondrina terminó ayer la pavimentación de 1,4 kilómetros, con veredas, rampas y alumbrado.

      «Mis hijos llegaban al colegio con las zapatillas blancas de tierra», recordó la vecina Irma Poma.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "e072",
        "voz",
        "2026-12-08T13:40:00-05:00",
        "Municipio alondrino multa a discoteca por ruidos",
        """El municipio alondrino impuso una multa de 12 mil soles y clausuró por treinta días la discoteca Tropical Night, en la avenida Grau, tras recibir quince quejas de vecinos por ruidos hasta las cinco de la mañana.

      El propietario dijo que apelará. Los vecinos de la cuadra indicaron que por fin podrán dormir.""",
        m="I",
        t="",
        tone="+",
        note="enforcement in favour of residents: 'clausuró' and 'quejas' are about the disco",
    ),
    S(
        "e073",
        "voz",
        "2026-12-08T19:30:00-05:00",
        "Alcalde Salcedo se reúne con ministro de Vivienda",
        """El alcalde Rigoberto Salcedo Huamaní se reunió en Lima con el ministro de Vivienda para presentar el expediente de la segunda etapa del sistema de agua y desagüe de Nueva Alondra, valorizado en 6,3 millones de soles.

      El ministerio evaluará el financiamiento en el primer trimestre de 2027, indicó la oficina de imagen de la municipalidad.""",
        m="A",
        t="obras",
        tone="0",
    ),
    S(
        "e074",
        "voz",
        "2026-12-09T07:50:00-05:00",
        "Sin licitación y a dedo: así se contrató el servicio de vigilancia del palacio",
        """La Municipalidad Distrital de Pampa Alondra contrató por 240 mil soles a una empresa de vigilancia privada para el palacio municipal sin concurso público, mediante tres órdenes de servicio de menos de 8 UIT cada una, emitidas el mismo día.

      Especialistas en contrataciones consultados por este diario señalaron que fraccionar un contrato para evitar la licitación está prohibido por ley. La gerenta municipal Lucía Ferrándiz Tapia no contestó las llamadas.""",
        m="I G",
        t="",
        tone="-",
    ),
    S(
        "e075",
        "voz",
        "2026-12-09T12:00:00-05:00",
        "Regidor Llerena reconoce avance en el programa contra la anemia",
        """Incluso el regidor de oposición Óscar Llerena Vilca, crítico habitual de la gestión, reconoció en la sesión de concejo que el programa municipal contra la anemia «está dando resultados que hay que mantener». Pidió que se amplíe el presupuesto para las promotoras de salud.

      La teniente alcaldesa Carmen Yupanqui Soto agradeció el respaldo.""",
        m="R T",
        t="salud",
        tone="+",
        note="praise from the opposition",
    ),
    S(
        "e076",
        "voz",
        "2026-12-09T17:20:00-05:00",
        "Pampa Alondra celebra 68 años de creación política",
        """Con un desfile cívico y una serenata en la plaza de armas, Pampa Alondra celebró el domingo 68 años de creación política. Participaron colegios, asociaciones de vivienda y las delegaciones de los anexos.

      El alcalde Rigoberto Salcedo Huamaní encabezó el izamiento del pabellón nacional y recordó a los fundadores del distrito.""",
        m="A",
        t="",
        tone="0",
        note="protocol event, no achievement: neutral",
    ),
    S(
        "e077",
        "voz",
        "2026-12-10T08:30:00-05:00",
        "La posta de Nueva Alondra ya no tiene medicamentos",
        """Desde hace tres semanas, los pacientes de la posta médica de Nueva Alondra salen con la receta en la mano: la farmacia no tiene paracetamol, amoxicilina ni sales de rehidratación. La posta es administrada por la Municipalidad Distrital de Pampa Alondra desde la transferencia de 2024.

      El médico jefe dijo que el pedido se hizo en octubre y que la gerencia municipal no ha aprobado la compra.""",
        m="I",
        t="salud",
        tone="-",
    ),
    S(
        "e078",
        "voz",
        "2026-12-10T15:45:00-05:00",
        "Gobierno Regional culpa a municipios por demora en hospital",
        """El gobernador regional Alfredo Benavides Chuquimia respondió a las críticas del alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, y afirmó que la demora del hospital de Huancachi se debe a que los municipios del valle no entregaron a tiempo el saneamiento del terreno.

      «El alcalde debería revisar sus propios expedientes antes de hablar», dijo Benavides.""",
        m="A",
        t="salud",
        tone="-",
        note="another government blaming our Mayor",
    ),
    S(
        "e079",
        "voz",
        "2026-12-10T20:10:00-05:00",
        "Alondra Alta inaugura piscina municipal",
        """El alcalde de Alondra Alta, Ernesto Salcedo Paredes, inauguró la primera piscina semiolímpica del valle, construida con 3,5 millones de soles. La piscina estará abierta al público desde enero.

      Vecinos de los distritos cercanos, como Pampa Alondra, podrán usarla pagando una entrada de cinco soles.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake mayor's achievement: not ours",
    ),
    # --- Correo del Valle, second week ---------------------------------------------------------------------------------
    S(
        "e080",
        "correo",
        "2026-12-07T06:40:00-05:00",
        "Ferias en Pampa Alondra: la municipalidad mira a otro lado",
        """Cada domingo, el jirón Tacna se convierte en una feria informal de tres cuadras que bloquea el paso de ambulancias. Los serenos de Pampa Alondra pasan, miran y siguen su camino.

      Hace un mes el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, anunció que no permitiría más ferias en la vía. Este domingo había más puestos que nunca.""",
        m="S",
        t="seguridad",
        tone="-",
    ),
    S(
        "e081",
        "correo",
        "2026-12-07T14:20:00-05:00",
        "Gerenta Ferrándiz: «Pagaremos a los obreros el viernes»",
        """La gerenta municipal Lucía Ferrándiz Tapia anunció que los obreros de limpieza pública de Pampa Alondra recibirán el viernes los sueldos atrasados de octubre y noviembre, después de que el Ministerio de Economía transfiriera los fondos.

      El sindicato levantó la huelga, pero advirtió que volverá a parar si el pago no se concreta.""",
        m="G",
        t="limpieza",
        tone="0",
        note="resolution announced with a warning: balanced",
    ),
    S(
        "e082",
        "correo",
        "2026-12-08T07:30:00-05:00",
        "Aplausos para quién: el parque que se cae a pedazos a los seis meses",
        """Hace seis meses el alcalde Salcedo cortó la cinta del parque Las Flores entre aplausos y banda de música. Hoy los juegos infantiles tienen tornillos sueltos, la pileta no funciona y el césped se secó.

      Los vecinos dicen que desde la inauguración nadie de la municipalidad volvió por allí.""",
        m="A",
        t="",
        tone="-",
        note="praise words in a complaint",
    ),
    S(
        "e083",
        "correo",
        "2026-12-08T16:10:00-05:00",
        "Pampa Alondra: capacitan a 80 mototaxistas en seguridad vial",
        """Ochenta conductores de mototaxi de Pampa Alondra concluyeron el curso de seguridad vial y primeros auxilios organizado por la municipalidad distrital y la Policía de Tránsito. Cada uno recibió un chaleco reflectivo y su certificado.

      La Municipalidad Distrital de Pampa Alondra exigirá el curso para renovar los permisos de operación desde 2027.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "e084",
        "correo",
        "2026-12-09T08:00:00-05:00",
        "El Tigre pierde los dientes: concejo rechaza su propuesta de endeudamiento",
        """Por primera vez en su gestión, el alcalde Rigoberto Salcedo Huamaní perdió una votación en el concejo: cinco regidores, incluida una de su propia bancada, rechazaron la operación de endeudamiento por 8 millones de soles que había propuesto para el nuevo mercado.

      El regidor Óscar Llerena Vilca celebró el resultado y dijo que el distrito no puede hipotecar su futuro.""",
        m="A R",
        t="obras",
        tone="-",
    ),
    S(
        "e085",
        "correo",
        "2026-12-09T17:00:00-05:00",
        "Venden comida en mal estado frente a colegio: serenazgo decomisa 200 kilos",
        """Serenos y fiscalizadores de la Municipalidad Distrital de Pampa Alondra decomisaron 200 kilos de embutidos vencidos y pollo en mal estado que se vendían en carretillas frente al colegio Santa Rosa.

      Los productos fueron destruidos en presencia de un fiscal. Los padres de familia pidieron que los operativos sean permanentes.""",
        m="I",
        t="seguridad",
        tone="+",
        note="an operation against others: bad words about the vendors, good for us",
    ),
    S(
        "e086",
        "correo",
        "2026-12-10T07:15:00-05:00",
        "¿Y el hospital? Salcedo culpa a todos menos a sí mismo",
        """Cuando se le pregunta por el hospital de Huancachi, el alcalde Salcedo Huamaní tiene siempre un culpable: el Gobierno Regional, el Ministerio de Economía, la gestión anterior. Nunca menciona que su municipalidad tardó catorce meses en sanear el terreno.

      Los vecinos de Pampa Alondra siguen viajando dos horas para una cesárea.""",
        m="A",
        t="salud",
        tone="-",
        note="criticism of the Mayor who criticises others",
    ),
    # --- Radio Alondra, second week ---------------------------------------------------------------------------------------
    S(
        "e087",
        "radio",
        "2026-12-07",
        "Cisterna municipal vuelve a subir a Nueva Alondra",
        """Buenas noticias para los oyentes de la parte alta: la cisterna de la municipalidad volvió a subir esta mañana a Nueva Alondra y repartió agua en las doce manzanas. Doña Francisca nos llamó para contarnos que ya llenó sus cilindros.

      La gerenta municipal Lucía Ferrándiz Tapia nos dijo que se alquiló una segunda cisterna para no volver a dejar sin agua a la zona.""",
        m="G",
        t="",
        tone="+",
    ),
    S(
        "e088",
        "radio",
        "2026-12-07",
        "Recuerdan pago del impuesto predial hasta el 31",
        """La Gerencia de Rentas de la Municipalidad Distrital de Pampa Alondra recuerda que el plazo para pagar la última cuota del impuesto predial vence el 31 de diciembre. Se puede pagar en la caja municipal, en bancos y por el aplicativo.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "e089",
        "radio",
        "2026-12-08",
        "Regidor Llerena pide la vacancia del alcalde",
        """El regidor Óscar Llerena Vilca presentó ante el Jurado Nacional de Elecciones un pedido de vacancia contra el alcalde Rigoberto Salcedo Huamaní, por presunta restricción de contratación: acusa que una empresa de un primo del alcalde vendió cemento a la municipalidad.

      El alcalde dijo en nuestra radio que el pedido no tiene sustento y que la compra se hizo por el sistema electrónico del Estado.""",
        m="R A",
        t="",
        tone="-",
    ),
    S(
        "e090",
        "radio",
        "2026-12-08",
        "Serenazgo y Policía patrullarán juntos en Navidad",
        """Desde el 15 de diciembre, serenos de Pampa Alondra y policías de la comisaría del distrito patrullarán juntos en las zonas comerciales, informó el gerente Wilber Ñaupari Cóndor. Habrá doce patrullas mixtas en turnos de ocho horas.""",
        m="S",
        t="seguridad",
        tone="0",
        note="a plan announced, nothing delivered yet: neutral",
    ),
    S(
        "e091",
        "radio",
        "2026-12-09",
        "Nadie se quejó: el concierto de Año Nuevo será en el estadio",
        """Después de la consulta vecinal, el concierto de Año Nuevo se hará en el estadio municipal y no en la plaza, para no afectar a los vecinos del centro. La municipalidad de Pampa Alondra dice que no recibió ni una sola queja sobre el cambio.

      El alcalde Salcedo confirmó que el evento será gratuito y que habrá serenos y ambulancias.""",
        m="A",
        t="",
        tone="0",
        note="negation 'ni una sola queja' on a neutral logistics story",
    ),
    S(
        "e092",
        "radio",
        "2026-12-09",
        "Operativo retira a 40 comerciantes del jirón Tacna",
        """Esta madrugada, serenos y fiscalizadores de la comuna alondrina retiraron a unos 40 comerciantes informales del jirón Tacna. Hubo empujones y dos comerciantes resultaron con contusiones leves.

      Los comerciantes denunciaron abuso de autoridad; la municipalidad dijo que se les ofreció un espacio en la losa de Santa Rosa.""",
        m="I",
        t="seguridad",
        tone="-",
        note="enforcement with violence reported: negative",
    ),
    S(
        "e093",
        "radio",
        "2026-12-10",
        "El alcalde respondió a las llamadas de los oyentes",
        """Durante una hora, el alcalde Rigoberto Salcedo Huamaní respondió las preguntas de nuestros oyentes sobre el agua, la basura y la seguridad. Se comprometió a instalar contenedores en Chacrapampa antes de fin de mes y a revisar el horario de la cisterna.

      Quedaron pendientes las preguntas sobre el puente de Huayrapampa.""",
        m="A",
        t="limpieza",
        tone="0",
    ),
    # --- Huarancayo TV, second week -------------------------------------------------------------------------------------
    S(
        "e094",
        "tv",
        "2026-12-07T13:15:00Z",
        "Madres de Chacrapampa ya tienen su cuna",
        """Desde hoy, sesenta niños de Chacrapampa pasan el día en la nueva cuna municipal mientras sus madres trabajan en el campo. El local tiene cocina, sala de estimulación temprana y tres cuidadoras capacitadas.

      «Antes los dejaba con mi hija de diez años», nos cuenta la señora Hilda, que trabaja en la cosecha de palta. La cuna fue construida por la Municipalidad Distrital de Pampa Alondra.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "e095",
        "tv",
        "2026-12-07T23:20:00Z",
        "Incendio consume vivienda en Alondra Alta",
        """Un incendio destruyó por completo una vivienda de material rústico en el distrito de Alondra Alta. Los bomberos de Pampa Alondra llegaron en quince minutos y evitaron que el fuego pasara a las casas vecinas. No hubo heridos.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "e096",
        "tv",
        "2026-12-08T13:40:00Z",
        "Cámaras de Canal 7 en el relleno: basura a cielo abierto",
        """Nuestro equipo recorrió la celda transitoria que la Municipalidad Distrital de Pampa Alondra usa mientras se construye el relleno sanitario. Encontramos residuos sin cubrir, perros y aves de rapiña, y un olor que llega hasta la carretera.

      El OEFA ya notificó a la comuna en setiembre. El alcalde Salcedo Huamaní no quiso declarar ante nuestras cámaras.""",
        m="I A",
        t="limpieza",
        tone="-",
    ),
    S(
        "e097",
        "tv",
        "2026-12-08T22:45:00Z",
        "Gerente de Seguridad Ciudadana presenta balance anual",
        """El gerente de Seguridad Ciudadana de Pampa Alondra, Wilber Ñaupari Cóndor, presentó el balance del año: 1 840 intervenciones, 96 personas entregadas a la Policía y una reducción de 18 % en robos en la vía pública respecto a 2025, según datos de la comisaría.

      Ñaupari reconoció que los asaltos en la parte alta siguen siendo un problema y anunció dos nuevas casetas.""",
        m="S",
        t="seguridad",
        tone="+",
        note="balance with a fall in robberies and an admitted problem: mostly positive",
    ),
    S(
        "e098",
        "tv",
        "2026-12-09T13:10:00Z",
        "Alcalde Salcedo: «La provincia nos debe tres millones»",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, reclamó a la Municipalidad Provincial de Huarancayo el pago de tres millones de soles del convenio de mantenimiento vial firmado en 2024. «El alcalde provincial incumplió su palabra y los huecos los paga el distrito», afirmó.

      El alcalde provincial, Julio Cahuana Rojas, respondió que el pago se hará cuando el distrito rinda cuentas de la primera transferencia.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor's claim against the province, with a reply: neutral",
    ),
    S(
        "e099",
        "tv",
        "2026-12-09T23:30:00Z",
        "Pampa Alondra: vecinos sin luz en parque recién inaugurado",
        """El parque Las Flores, inaugurado en junio por la Municipalidad Distrital de Pampa Alondra, pasa las noches a oscuras: de los veinte postes, solo tres encienden. Los vecinos dicen que por las noches se reúnen allí grupos a consumir alcohol.

      La municipalidad indicó que el reclamo fue derivado a la empresa eléctrica.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "e100",
        "tv",
        "2026-12-10T13:50:00Z",
        "Chacrapampa: asamblea sobre relleno sanitario termina sin acuerdo",
        """La asamblea convocada por el alcalde Rigoberto Salcedo Huamaní para presentar el estudio de impacto ambiental del relleno sanitario terminó sin acuerdo después de cuatro horas. Los técnicos explicaron las medidas de impermeabilización; los dirigentes insistieron en que el relleno se ubique más lejos.

      Ambas partes acordaron una visita técnica conjunta al terreno en enero.""",
        m="A",
        t="limpieza",
        tone="0",
        note="a meeting without agreement, both sides heard: neutral",
    ),
    # --- ANN, Perú al Día, Portal Norte Chico, El Informativo, second week -------------------------------------------------
    S(
        "e101",
        "ann",
        "2026-12-07T16:00:00Z",
        "Minsa reporta aumento de casos de dengue en la costa norte",
        """El Ministerio de Salud reportó 3 400 casos de dengue en la última semana en Piura, Tumbes y Lambayeque, un 40 % más que la semana anterior. Se intensificarán las campañas de fumigación en esas regiones.

      En el caserío de Pampa Alondra, en Piura, se confirmaron doce casos.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="the Piura hamlet",
    ),
    S(
        "e102",
        "ann",
        "2026-12-08T15:30:00Z",
        "Pampa Alondra, entre los distritos con mayor ejecución de inversión de la región",
        """Según el portal de Consulta Amigable del MEF, la Municipalidad Distrital de Pampa Alondra ejecutó al 9 de diciembre el 78 % de su presupuesto de inversiones, el tercer mejor resultado entre los 86 distritos de la región.

      El promedio regional es de 54 %.""",
        m="I",
        t="obras",
        tone="+",
        note="a ranking, no praise word",
    ),
    S(
        "e103",
        "ann",
        "2026-12-09T14:20:00Z",
        "JNE declara improcedente pedido de vacancia contra alcalde de Pampa Alondra",
        """El Jurado Nacional de Elecciones declaró improcedente el pedido de vacancia presentado contra el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, por no haberse acreditado que el proveedor de cemento tuviera parentesco con la autoridad.

      El regidor Óscar Llerena Vilca, que presentó el pedido, anunció que no apelará.""",
        m="A R",
        t="",
        tone="+",
        note="an accusation dismissed: good for us",
    ),
    S(
        "e104",
        "peru",
        "2026-12-07T21:00:00Z",
        "La alcaldía que se toma selfies: Pampa Alondra gastó S/ 600 mil en publicidad",
        """¿Cuánto cuesta la cara de un alcalde? En Pampa Alondra, 610 mil soles al año. Eso gastó la municipalidad distrital en gigantografías, spots radiales y eventos con el rostro del alcalde Rigoberto Salcedo Huamaní, según las órdenes de servicio publicadas en su portal.

      La cifra supera lo que la comuna invirtió en contenedores de basura.""",
        m="I A",
        t="limpieza",
        tone="-",
    ),
    S(
        "e105",
        "peru",
        "2026-12-08T20:30:00Z",
        "Cinco municipios que usan drones para fiscalizar construcciones",
        """Pampa Alondra, Miraflores, Cayma, Lurín y Sullana son algunos de los distritos que ya usan drones para detectar construcciones sin licencia. En el caso de la Municipalidad Distrital de Pampa Alondra, los sobrevuelos permitieron actualizar el catastro de 4 000 predios en tres meses.

      Los expertos recomiendan que los municipios publiquen los datos en formatos abiertos.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "e106",
        "peru",
        "2026-12-09T19:00:00Z",
        "Cómo pagar tus tributos municipales por internet",
        """Cada vez más municipalidades permiten pagar el impuesto predial y los arbitrios en línea. En Lima, Arequipa y Trujillo basta con el código de contribuyente; en provincias como Huarancayo, distritos como Pampa Alondra tienen su propio aplicativo.

      Recuerda guardar la constancia de pago.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="a how-to that names the place",
    ),
    S(
        "e107",
        "norte",
        "2026-12-07T10:00:00-05:00",
        "Teniente alcaldesa Yupanqui: «Ninguna familia se quedará sin canasta navideña»",
        """La teniente alcaldesa Carmen Yupanqui Soto aseguró que la Municipalidad Distrital de Pampa Alondra repartirá 3 000 canastas navideñas a familias en pobreza extrema y adultos mayores, del 18 al 23 de diciembre.

      El padrón se elaboró con las juntas vecinales. Las canastas se entregarán en los locales comunales.""",
        m="T I",
        t="",
        tone="+",
        note="negation 'ninguna… se quedará sin' is a promise of a service",
    ),
    S(
        "e108",
        "norte",
        "2026-12-08T09:30:00-05:00",
        "Comerciantes vs. municipalidad: el conflicto del jirón Tacna sigue",
        """A una semana del desalojo del jirón Tacna, los comerciantes informales de Pampa Alondra siguen sin aceptar la losa de Santa Rosa. La municipalidad sostiene que la vía debe quedar libre para las ambulancias.

      El regidor Óscar Llerena Vilca pidió una mesa de diálogo; la gerenta municipal Lucía Ferrándiz Tapia dijo que la mesa ya existe y que los comerciantes no asisten.""",
        m="R G",
        t="seguridad",
        tone="0",
        note="a conflict, both positions: neutral",
    ),
    S(
        "e109",
        "norte",
        "2026-12-09T11:15:00-05:00",
        "Crece la satisfacción con el servicio de limpieza en Pampa Alondra",
        """Siete de cada diez vecinos de Pampa Alondra califican como bueno o muy bueno el servicio de limpieza pública, frente a cuatro de cada diez hace un año, según una encuesta de la Universidad Nacional de Huarancayo.

      Los peor calificados siguen siendo el recojo en los mercados y la limpieza de los parques.""",
        m="",
        t="limpieza",
        tone="+",
        about=True,
        note="a survey about our service; the place only",
    ),
    S(
        "e110",
        "norte",
        "2026-12-10T08:40:00-05:00",
        "Cahuana: «Los distritos deben rendir cuentas antes de pedir»",
        """El alcalde provincial de Huarancayo, Julio Cahuana Rojas, respondió a los reclamos de los distritos por el convenio de mantenimiento vial y dijo que la provincia no transferirá más fondos hasta recibir las rendiciones pendientes. No mencionó a ningún distrito en particular.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "e111",
        "informativo",
        "2026-12-07",
        "Junta vecinal de Los Pinos agradece poda de árboles",
        """La junta vecinal de la urbanización Los Pinos agradeció a la municipalidad por la poda de los ficus de la avenida principal, cuyas raíces levantaban las veredas y cuyas ramas tapaban el alumbrado. Los trabajos de la Municipalidad Distrital de Pampa Alondra duraron tres días.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "e112",
        "informativo",
        "2026-12-08",
        "Reunión de la mesa de concertación de salud",
        """La mesa de concertación de salud de Pampa Alondra se reunió el jueves en el salón consistorial. Participaron la teniente alcaldesa Carmen Yupanqui Soto, la jefa de la red de salud y representantes de las postas. Se acordó el calendario de la campaña de salud de enero.""",
        m="T",
        t="salud",
        tone="0",
    ),
    S(
        "e113",
        "informativo",
        "2026-12-09",
        "Bache de la calle Lima: ahora con plantita",
        """Los vecinos de la calle Lima celebraron el sexto mes de su bache más famoso sembrando en él una planta de geranio, con cartel incluido: «Obra de la gestión municipal». La foto circula en los grupos de WhatsApp del distrito.

      La municipalidad de Pampa Alondra dice que la calle está en el plan de mantenimiento de 2027.""",
        m="",
        t="obras",
        tone="-",
        about=True,
        note="sarcasm: 'celebraron' a pothole",
    ),
    S(
        "e114",
        "informativo",
        "2026-12-10",
        "Alcalde Salcedo no asistió a la sesión de concejo",
        """Por tercera vez este año, el alcalde Rigoberto Salcedo Huamaní no asistió a la sesión ordinaria de concejo, que fue presidida por la teniente alcaldesa Carmen Yupanqui Soto. Los regidores de oposición dejaron constancia de su inasistencia en el acta.""",
        m="A T",
        t="",
        tone="-",
    ),
    # --- syndicated copies ---------------------------------------------------------------------------------------------
    C("e115", "e001", "norte", "2026-12-01T10:30:00-05:00", "Villa Esperanza: se acabaron las cisternas"),
    C(
        "e116",
        "e044",
        "peru",
        "2026-12-04T18:00:00Z",
        "Huelga de obreros deja Pampa Alondra llena de basura",
        lead="Las calles de Pampa Alondra amanecieron con montículos de basura: más de cien obreros de limpieza pública de la Municipalidad Distrital de Pampa Alondra acatan una huelga indefinida porque no reciben su sueldo de octubre ni noviembre.",
    ),
    C(
        "e117",
        "e049",
        "norte",
        "2026-12-03T09:00:00-05:00",
        "Premio nacional para Pampa Alondra por su gestión de residuos",
    ),
    C(
        "e118",
        "e018",
        "norte",
        "2026-12-01T19:00:00-05:00",
        "Once meses para cambiar un foco en Pampa Alondra",
        extra="Fuente: Correo del Valle.",
    ),
    C(
        "e119",
        "e103",
        "peru",
        "2026-12-09T21:00:00Z",
        "Alcalde de Pampa Alondra seguirá en el cargo: JNE rechaza vacancia",
    ),
    C(
        "e120",
        "e004",
        "norte",
        "2026-12-02T12:00:00-05:00",
        "Alcalde alondrino arremete contra el gobernador por hospital",
    ),
    C("e121", "e069", "peru", "2026-12-07T22:00:00Z", "Las cámaras que nadie mira: la noche en Pampa Alondra"),
    C(
        "e122",
        "e102",
        "norte",
        "2026-12-08T12:00:00-05:00",
        "Pampa Alondra ejecuta el 78 % de su presupuesto de inversión",
    ),
]

STORIES += [
    # --- third week: more of the cases the press uses most ---------------------------------------------------------------
    S(
        "e123",
        "voz",
        "2026-12-11T07:20:00-05:00",
        "Los Molinos recibe su primera ambulancia",
        """El anexo de Los Molinos, a 40 minutos del centro de Pampa Alondra por trocha, tiene desde ayer una ambulancia propia con chofer y técnico de enfermería las 24 horas. La unidad fue comprada por la Municipalidad Distrital de Pampa Alondra con 380 mil soles del presupuesto participativo.

      Hasta ahora los enfermos bajaban en camioneta de carga o en moto. La primera salida fue esa misma noche, para trasladar a una gestante al hospital provincial.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "e124",
        "voz",
        "2026-12-11T12:30:00-05:00",
        "La gestión de Salcedo Huamaní no ha ejecutado ni un sol del presupuesto de la DEMUNA",
        """A tres semanas de acabar el año, la Municipalidad Distrital de Pampa Alondra no ha ejecutado ni un sol de los 150 mil soles asignados a la prevención de la violencia familiar, según el portal del MEF. El alcalde Rigoberto Salcedo Huamaní había anunciado en marzo una campaña en todos los colegios.

      La DEMUNA atendió este año 212 casos, 30 % más que en 2025.""",
        m="I A",
        t="",
        tone="-",
        note="negation 'no ha ejecutado ni un sol'",
    ),
    S(
        "e125",
        "correo",
        "2026-12-11T07:00:00-05:00",
        "No todo es queja: el mercado Modelo ya no se inunda",
        """Por primera vez en años, la lluvia del martes no inundó los pasadizos del mercado Modelo de Pampa Alondra. El nuevo sistema de canaletas y el techado que instaló la municipalidad distrital funcionaron sin problemas.

      «No tuvimos que cerrar ni un solo puesto», dijo la presidenta de la asociación, Gladys Huarcaya.""",
        m="",
        t="obras",
        tone="+",
        about=True,
        note="negations of bad news ('ya no se inunda', 'no tuvimos que cerrar')",
    ),
    S(
        "e126",
        "correo",
        "2026-12-11T15:30:00-05:00",
        "Tremenda gestión: tres gerentes de obras en un año",
        """Tremenda estabilidad la de la comuna alondrina: la Gerencia de Obras de Pampa Alondra ya va por su tercer gerente en once meses. El último renunció el viernes, a dos semanas de que la Contraloría presentara su informe sobre la avenida Los Álamos.

      Los regidores de oposición pidieron al alcalde que explique los cambios en la próxima sesión.""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm",
    ),
    S(
        "e127",
        "radio",
        "2026-12-11",
        "Gerente Ñaupari niega que se haya reducido el patrullaje nocturno",
        """El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, negó que el serenazgo haya reducido el patrullaje nocturno en la parte alta, como denunciaron dirigentes de Nueva Alondra. «Tenemos las mismas dos camionetas toda la noche y se sumará una tercera», dijo.

      Los dirigentes insistieron en que las camionetas no suben después de las once.""",
        m="S",
        t="seguridad",
        tone="0",
        note="a denial and a renewed complaint: balanced",
    ),
    S(
        "e128",
        "radio",
        "2026-12-11",
        "Abren comedor para adultos mayores en Santa Rosa",
        """Ochenta adultos mayores de Santa Rosa almuerzan desde hoy gratis en el nuevo comedor del Centro Integral del Adulto Mayor, que abrió la Municipalidad Distrital de Pampa Alondra en el segundo piso del local comunal. También habrá talleres de tejido y gimnasia.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "e129",
        "tv",
        "2026-12-11T13:30:00Z",
        "Alcalde Salcedo pide al Congreso aprobar ley de mancomunidades",
        """El alcalde Rigoberto Salcedo Huamaní pidió al Congreso aprobar el proyecto de ley que permite a los distritos del valle de Huancachi formar una mancomunidad para gestionar el agua y la basura. Dijo que los distritos pequeños no pueden financiar solos un relleno sanitario.

      El proyecto está en la comisión de descentralización desde junio.""",
        m="A",
        t="limpieza",
        tone="0",
    ),
    S(
        "e130",
        "tv",
        "2026-12-11T23:00:00Z",
        "Trabajadores de limpieza cobran por fin sus sueldos",
        """Los 112 obreros de limpieza pública de Pampa Alondra cobraron esta tarde los dos meses de sueldo que se les debía. La Municipalidad Distrital de Pampa Alondra depositó el pago en sus cuentas y el sindicato dio por cerrado el conflicto.

      Las brigadas recogieron durante el fin de semana las 60 toneladas de basura acumuladas durante la huelga.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a debt paid and the streets cleaned after a strike",
    ),
    S(
        "e131",
        "ann",
        "2026-12-11T16:00:00Z",
        "Regidor denuncia que municipio alondrino compró cemento a sobreprecio",
        """El regidor Óscar Llerena Vilca denunció ante la Fiscalía que el municipio alondrino pagó 38 soles por bolsa de cemento cuando el precio en el mercado era de 29, en una compra de 12 000 bolsas para obras en los anexos.

      La gerenta municipal Lucía Ferrándiz Tapia dijo que el precio incluye el transporte a zonas rurales.""",
        m="R I G",
        t="obras",
        tone="-",
    ),
    S(
        "e132",
        "peru",
        "2026-12-11T20:00:00Z",
        "Pampa Alondra estrena ciclovía de cuatro kilómetros",
        """Desde el domingo, los ciclistas de Pampa Alondra tienen una ciclovía segregada de cuatro kilómetros que une el centro con la playa Las Conchitas. La comuna alondrina la construyó en cinco meses con 1,9 millones de soles.

      El primer fin de semana la usaron unos 1 500 ciclistas, según el conteo municipal.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "e133",
        "norte",
        "2026-12-11T09:00:00-05:00",
        "Concejo de Pampa Alondra sesionará el jueves",
        """El concejo de la Municipalidad Distrital de Pampa Alondra sesionará el jueves a las 10 de la mañana. En agenda figuran la ordenanza de arbitrios 2027 y el informe de la Contraloría sobre la avenida Los Álamos. La sesión será transmitida por la página de la municipalidad.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "e134",
        "informativo",
        "2026-12-11",
        "Sin baches ni polvo: así quedó la calle Lima",
        """Después de seis meses de reclamos, la calle Lima de Pampa Alondra amaneció asfaltada. La cuadrilla de mantenimiento de la municipalidad distrital tapó los huecos, niveló la calzada y pintó las señales en dos días.

      Don Próspero Aliaga, el vecino que escribió tres cartas, dijo que ahora sí puede sacar su auto sin miedo.""",
        m="",
        t="obras",
        tone="+",
        about=True,
        note="'sin baches' and 'reclamos' in a story of a repair done",
    ),
]
