# ruff: noqa: E501
"""Second held-out split: stories nobody tunes on. Written by hand for the evaluation, apart from the dev and held-out
splits and without looking at the pipeline; every name, outlet and place is invented.

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
        "copies_of": ["x002", "x011"],
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
    # A provincial radio's newscast: whole transcripts in the description, with full times (unlike Radio Alondra).
    "surchico": {
        "name": "Radio Sur Chico",
        "outlet": "surchico",
        "format": "rss",
        "mode": "description",
        "path": "/noticias/rss.xml",
    },
}

STORIES = [
    # --- La Voz de Huarancayo: full text in the feed ---------------------------------------------------------------
    S(
        "x001",
        "voz",
        "2026-11-16T07:45:00-05:00",
        "Catorce cuadras de Santa Rosa de Lima dejan atrás el polvo",
        """Los vecinos del asentamiento humano Santa Rosa de Lima, en la parte baja de Pampa Alondra, caminaron ayer por primera vez sobre pistas asfaltadas. La Municipalidad Distrital de Pampa Alondra entregó la pavimentación de catorce cuadras de los jirones Amazonas, Ucayali y Marañón, con veredas, sardineles y rampas para personas con discapacidad.

      La obra demandó 3,4 millones de soles y se terminó veinte días antes del plazo contractual. «Mi hijo tiene asma y en verano el polvo no lo dejaba dormir», contó Eulogia Paucar, de 61 años, mientras barría la vereda nueva de su casa.

      El alcalde Rigoberto Salcedo Huamaní cortó la cinta junto a los dirigentes y anunció que el 2027 la pavimentación continuará en el sector Los Pinos, cuyo expediente técnico ya está aprobado.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "x002",
        "voz",
        "2026-11-16T13:20:00-05:00",
        "Diez días sin camión recolector en la urbanización Los Pinos",
        """Bolsas apiladas en las esquinas, perros que las rompen y un olor que ya llega a las aulas del colegio Fe y Alegría. Así lucen desde hace diez días las calles de la urbanización Los Pinos, donde el camión de la Municipalidad Distrital de Pampa Alondra dejó de pasar sin aviso.

      «Llamamos a la municipalidad todos los días y solo nos dicen que el camión está en el taller», reclamó la dirigente vecinal Rosa Huarcaya. Los vecinos calculan que hay más de cuatro toneladas de basura acumulada en doce puntos.

      Consultada por este diario, la Subgerencia de Limpieza Pública admitió que dos de sus cinco compactadoras están averiadas y que la ruta de Los Pinos se retomará «cuando llegue el repuesto», sin precisar una fecha.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "x003",
        "voz",
        "2026-11-16T18:05:00-05:00",
        "Convocan licitación para el nuevo puente Tinajas sobre el río Chillahuay",
        """La Municipalidad Distrital de Pampa Alondra publicó en el Seace la convocatoria a licitación pública para la construcción del puente vehicular Tinajas, sobre el río Chillahuay, con un valor referencial de 6,8 millones de soles.

      Según las bases, los participantes podrán registrarse hasta el 4 de diciembre, la absolución de consultas será el 9 y la presentación de ofertas el 18 de diciembre. El plazo de ejecución previsto es de 240 días calendario.

      El puente reemplazará a la estructura de madera que une el centro poblado de Tinajas con la carretera a Huarancayo.""",
        m="I",
        t="obras",
        tone="0",
        note="call for tenders: an announcement, no side taken",
    ),
    S(
        "x004",
        "voz",
        "2026-11-17T08:30:00-05:00",
        "Alondra Alta inaugura su nuevo mercado de abastos",
        """El alcalde de Alondra Alta, Ernesto Salcedo Paredes, inauguró ayer el mercado de abastos Señor de los Milagros, con 180 puestos, cámaras de frío y un patio de comidas, tras dos años de obras.

      «Es la inversión más grande de la historia del distrito», dijo el alcalde Salcedo durante la ceremonia, a la que asistió el gobernador regional. Los comerciantes que vendían en la vía pública serán reubicados en el nuevo local desde el lunes.

      La obra costó 12 millones de soles y fue financiada por el Ministerio de la Producción.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the Mayor of Alondra Alta, called 'el alcalde Salcedo'; an inauguration that is not ours",
    ),
    S(
        "x005",
        "voz",
        "2026-11-17T12:10:00-05:00",
        "Mil doscientos vecinos pasaron por la campaña de salud de Nueva Alondra",
        """Desde las siete de la mañana hubo cola frente a la losa deportiva de Nueva Alondra. Al final del día, 1,214 personas habían sido atendidas en la campaña de salud que organizó la Municipalidad Distrital de Pampa Alondra con la Red de Salud Huarancayo: medicina general, odontología, pediatría, despistaje de diabetes y vacunación.

      La teniente alcaldesa Carmen Yupanqui Soto, que coordinó la jornada, informó que 96 niños fueron derivados al centro de salud para tratar la anemia y que se entregaron 300 kits de higiene bucal.

      «Para ir al hospital tengo que gastar veinte soles en pasajes y perder el día; aquí me vieron los dientes y la presión en una mañana», dijo Tomasa Ccori, de 70 años.""",
        m="I T",
        t="salud",
        tone="+",
    ),
    S(
        "x006",
        "voz",
        "2026-11-17T19:40:00-05:00",
        "Contraloría observa compra de uniformes para el serenazgo de Pampa Alondra",
        """Un informe de control de la Contraloría General de la República concluyó que la Municipalidad Distrital de Pampa Alondra pagó 286 mil soles por 400 uniformes y chalecos para su serenazgo que no cumplían las especificaciones técnicas: los chalecos no eran antibalas como exigían las bases, sino de simple tela reforzada.

      El órgano de control identificó presunta responsabilidad administrativa en cinco funcionarios, entre ellos el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, quien dio la conformidad de la entrega, y recomendó iniciar acciones legales contra el proveedor.

      Los serenos consultados dijeron que los chalecos «no protegen ni de una piedra». La municipalidad no respondió a las llamadas de este diario hasta el cierre de la edición.""",
        m="I S",
        t="seguridad",
        tone="-",
    ),
    S(
        "x007",
        "voz",
        "2026-11-18T07:15:00-05:00",
        "Salcedo Huamaní arremete contra el MEF por recorte del Foncomun",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, criticó duramente al Ministerio de Economía y Finanzas por reducir en 14% las transferencias del Fondo de Compensación Municipal para el próximo año.

      «En Lima deciden con una calculadora sin saber lo que cuesta recoger la basura o pagar a un sereno en un distrito como el nuestro. Es un centralismo que castiga a los más pobres», declaró en la reunión de la Asociación de Municipalidades de Huarancayo.

      El MEF sostiene que el recorte responde a la menor recaudación del impuesto general a las ventas y que los montos se recalcularán en marzo.""",
        m="A",
        t="",
        tone="0",
        note="the Mayor criticising the national government: neutral toward us; topic keywords in passing",
    ),
    S(
        "x008",
        "voz",
        "2026-11-18T11:50:00-05:00",
        "Concejo posterga votación sobre nuevos arbitrios tras tres horas de debate",
        """El concejo de la Municipalidad Distrital de Pampa Alondra postergó para el 2 de diciembre la votación de la ordenanza que fija los arbitrios de limpieza, parques y serenazgo para 2027, luego de un debate de tres horas.

      El regidor de oposición Óscar Llerena Vilca sostuvo que el estudio de costos no justifica un incremento promedio de 9% y pidió una auditoría externa. La teniente alcaldesa Carmen Yupanqui Soto respondió que las tasas no se actualizan desde 2022 y que el servicio de serenazgo se amplió a tres turnos.

      La sesión se suspendió a pedido de dos regidores que solicitaron un informe adicional de la Gerencia de Administración Tributaria.""",
        m="I R T",
        t="tributos",
        tone="0",
        note="both sides speak, the story does not take one",
    ),
    S(
        "x009",
        "voz",
        "2026-11-18T16:30:00-05:00",
        "Anemia infantil en Pampa Alondra baja de 38% a 26% en dos años",
        """La proporción de niños de 6 a 35 meses con anemia en Pampa Alondra pasó de 38,2% en 2024 a 26,1% en el primer semestre de 2026, según el reporte de la Red de Salud Huarancayo publicado esta semana. Es la mayor reducción entre los distritos de la provincia.

      En ese periodo, la Municipalidad Distrital de Pampa Alondra contrató a 22 actoras sociales que visitan casa por casa a las familias con niños pequeños, entregan sulfato ferroso y enseñan a preparar comidas con sangrecita y bazo.

      La jefa de la red, la doctora Ana Cecilia Puma, atribuyó el resultado al seguimiento nominal de cada niño: «Ya no esperamos a que la madre venga al establecimiento, vamos nosotros».""",
        m="I",
        t="salud",
        tone="+",
        note="positive by the figures, without praise words",
    ),
    S(
        "x010",
        "voz",
        "2026-11-19T06:40:00-05:00",
        "Santa María del Valle suma 140 casos de dengue y pide brigadas",
        """El distrito de Santa María del Valle registró 140 casos de dengue en lo que va de noviembre, según la Dirección Regional de Salud, que declaró la alerta amarilla en los establecimientos de la zona.

      La alcaldesa Rosa Elvira Campos Díaz pidió al Ministerio de Salud el envío de brigadas de fumigación y de personal para el centro de salud del distrito, que atiende el doble de pacientes que en octubre.

      Las autoridades recomiendan eliminar los recipientes con agua estancada y usar repelente.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="topic keywords (dengue, fumigación, centro de salud) in another district",
    ),
    S(
        "x011",
        "voz",
        "2026-11-19T10:25:00-05:00",
        "Drenaje pluvial de la avenida Progreso cumple ocho meses paralizado",
        """Zanjas abiertas de dos metros, tubos de concreto apilados frente a las viviendas y ningún obrero a la vista. Así está desde marzo la obra de drenaje pluvial de la avenida Progreso, que la Municipalidad Distrital de Pampa Alondra debía entregar en julio.

      El consorcio ejecutor abandonó el trabajo alegando que la municipalidad le adeuda dos valorizaciones. La comuna sostiene que la empresa no justificó los metrados. Mientras ambas partes se acusan, las lluvias empiezan en diciembre.

      «Si llueve como en 2023, el agua va a entrar a las casas por estas zanjas», advirtió Julián Quispe, que tuvo que cerrar su taller de mecánica porque los clientes ya no pueden llegar.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "x012",
        "voz",
        "2026-11-19T17:00:00-05:00",
        "Plataforma de atención de Pampa Alondra, reconocida como buena práctica en gestión pública",
        """La organización Ciudadanos al Día reconoció a la Municipalidad Distrital de Pampa Alondra con el premio a las Buenas Prácticas en Gestión Pública 2026, en la categoría de servicio de atención al ciudadano, por su plataforma única de trámites.

      El jurado destacó que el tiempo promedio de espera en la plataforma bajó de 47 a 9 minutos y que el 70% de los trámites ya se inicia por internet. La gerenta municipal, Lucía Ferrándiz Tapia, recibió la distinción en Lima.

      Pampa Alondra fue el único distrito de la región entre los 24 finalistas.""",
        m="I G",
        t="",
        tone="+",
    ),
    S(
        "x013",
        "voz",
        "2026-11-20T07:05:00-05:00",
        "Predial 2027: municipio alondrino publica cronograma de pagos",
        """El municipio alondrino publicó el cronograma de vencimientos del impuesto predial y los arbitrios de 2027. La primera cuota o el pago al contado vencerán el 26 de febrero; las siguientes, el último día hábil de mayo, agosto y noviembre.

      Las declaraciones juradas y las cuponeras se repartirán casa por casa desde el 5 de enero. Quienes no las reciban podrán descargarlas en la web institucional con su código de contribuyente.

      La plataforma de atención tributaria funcionará de lunes a viernes de 8:00 a 17:00 y los sábados hasta el mediodía.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "x014",
        "voz",
        "2026-11-20T12:45:00-05:00",
        "Comerciantes del mercado La Parada se enfrentan a fiscalizadores",
        """Gritos, empujones y dos heridos leves dejó el intento de la Municipalidad Distrital de Pampa Alondra de retirar los puestos instalados en la vía pública alrededor del mercado La Parada, en la avenida Túpac Amaru.

      Los comerciantes acusaron al alcalde Rigoberto Salcedo Huamaní de haber incumplido el acuerdo firmado en agosto, según el cual no habría desalojos hasta que se habilitara el campo ferial prometido. «Nos dijo que tendríamos un lugar antes de fin de año y ni siquiera han comprado el terreno», reclamó el dirigente Félix Mamani.

      La Policía tuvo que intervenir para separar a ambos grupos. El operativo se suspendió a media mañana.""",
        m="I A",
        t="",
        tone="-",
    ),
    S(
        "x015",
        "voz",
        "2026-11-20T19:15:00-05:00",
        "Capturan a banda que robaba celulares en la línea de combis",
        """Tres hombres y una mujer que robaban celulares a los pasajeros de la línea de combis Alondra–Huarancayo fueron capturados por serenos y policías tras una persecución de seis cuadras en el sector El Mirador.

      El gerente de Seguridad Ciudadana de Pampa Alondra, Wilber Ñaupari Cóndor, explicó que las cámaras de la central municipal siguieron a los sospechosos desde el paradero hasta el inmueble donde guardaban 31 equipos. «Es la tercera banda que desarticulamos con la Policía este año», dijo.

      Los detenidos fueron puestos a disposición de la comisaría del distrito. Los agraviados pueden acercarse a reconocer sus equipos con la boleta de compra.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "x016",
        "voz",
        "2026-11-21T08:20:00-05:00",
        "Roban custodia de plata de la parroquia San Juan Bautista",
        """Desconocidos ingresaron la madrugada del sábado a la parroquia San Juan Bautista, en el centro de Pampa Alondra, y se llevaron una custodia de plata del siglo XIX y las limosnas de la semana.

      El párroco, padre Anselmo Rivas, dijo que los ladrones forzaron una ventana de la sacristía. La Policía revisa las cámaras de los negocios vecinos. «Es una pieza que los fieles sacan en procesión cada año», lamentó.

      La Dirección Desconcentrada de Cultura pidió a las casas de empeño y anticuarios alertar si alguien ofrece la pieza.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="a robbery in the district with no municipal angle",
    ),
    S(
        "x017",
        "voz",
        "2026-11-21T10:00:00-05:00",
        "Opinión | El Tigre que dejó de rugir",
        """Hace dos años, Rigoberto Salcedo Huamaní ganó la alcaldía de Pampa Alondra con un lema que todavía se lee en las paredes: «El Tigre no duerme». Dos años después, uno se pregunta si lo que no duerme es el Tigre o la burocracia que lo rodea.

      El mercado nuevo sigue siendo una maqueta; el drenaje de la avenida Progreso es una trinchera; el puente Tinajas se ha licitado tantas veces que los vecinos ya tienen un nombre para cada intento. Las obras que sí se inauguran son las pequeñas, las que caben en una foto.

      No se trata de negar lo hecho en salud o en seguridad. Se trata de recordar que un distrito no se gobierna con anuncios. Al Tigre le quedan dos años para demostrar que el lema no era solo pintura.

      El autor es economista y profesor universitario.""",
        m="A",
        t="obras",
        tone="-",
        note="opinion column; the nickname",
    ),
    S(
        "x018",
        "voz",
        "2026-11-21T15:30:00-05:00",
        "Pampa Alondra ya ejecutó el 81% de su presupuesto de inversiones",
        """Con cinco semanas por delante, la Municipalidad Distrital de Pampa Alondra ha ejecutado el 81,4% de su presupuesto de inversiones de 2026, según el portal de Consulta Amigable del MEF. El promedio de las municipalidades distritales de la región es 52%.

      La gerenta municipal, Lucía Ferrándiz Tapia, explicó que la comuna adelantó los procesos de selección al primer trimestre y creó una oficina que sigue cada proyecto semana a semana. «Llegaremos al 95% en diciembre», estimó.

      El año pasado el distrito cerró con 63%.""",
        m="I G",
        t="",
        tone="+",
    ),
    S(
        "x019",
        "voz",
        "2026-11-22T09:10:00-05:00",
        "Alcalde alondrino se reunirá con Provías por carretera a Tinajas",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, se reunirá el próximo jueves en Lima con funcionarios de Provías Descentralizado para revisar el expediente técnico del mejoramiento de la carretera vecinal que une el distrito con el centro poblado de Tinajas.

      Según la agenda difundida por la municipalidad, en la reunión participarán también los alcaldes de Alondra Alta y Santa María del Valle, cuyos distritos atraviesa la vía.

      El proyecto, de 28 kilómetros, está a la espera de financiamiento desde 2024.""",
        m="A",
        t="obras",
        tone="0",
    ),
    S(
        "x020",
        "voz",
        "2026-11-22T13:35:00-05:00",
        "Posta de Cerro Verde: inaugurada en septiembre, cerrada en noviembre",
        """El 14 de septiembre hubo banda, globos y discurso. El alcalde Rigoberto Salcedo Huamaní cortó la cinta de la posta médica de Cerro Verde, construida por la Municipalidad Distrital de Pampa Alondra con 1,1 millones de soles. Dos meses después, la puerta sigue con candado.

      La posta no tiene médico, ni enfermera, ni equipos: la municipalidad construyó el local, pero nunca firmó el convenio con la Dirección Regional de Salud para que esta ponga el personal. «Nos inauguraron un edificio, no una posta», resumió la presidenta del comedor popular, Felicitas Choque.

      Los vecinos de Cerro Verde siguen caminando cuarenta minutos hasta el centro de salud de Nueva Alondra.""",
        m="A I",
        t="salud obras",
        tone="-",
    ),
    S(
        "x021",
        "voz",
        "2026-11-22T18:50:00-05:00",
        "Provincia de Huarancayo tendrá relleno sanitario en 2028",
        """El alcalde provincial de Huarancayo, Julio Cahuana Rojas, presentó el proyecto del relleno sanitario provincial, que recibirá los residuos de ocho distritos, entre ellos Alondra Alta, Pampa Alondra y Santa María del Valle, y que costará 38 millones de soles.

      «Se acabaron los botaderos a cielo abierto», dijo el burgomaestre, quien precisó que la obra se licitará en 2027 y debería operar en 2028. El terreno, de 40 hectáreas, está en la pampa de Quilcas.

      El proyecto cuenta con financiamiento del Ministerio del Ambiente.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="the provincial mayor ('el burgomaestre'); our district only listed as a place",
    ),
    S(
        "x022",
        "voz",
        "2026-11-23T08:00:00-05:00",
        "Trescientos escolares de Pampa Alondra reciben lentes gratuitos",
        """Trescientos escolares de primaria de seis colegios públicos de Pampa Alondra recibieron ayer sus lentes correctores, luego del tamizaje visual que se hizo en octubre a 2,800 alumnos del distrito.

      La teniente alcaldesa Carmen Yupanqui Soto, que impulsó el programa desde la comisión de Educación y Salud del concejo, entregó los lentes en el colegio Mariscal Cáceres. «Muchos de estos niños no veían la pizarra y creíamos que eran malos alumnos», contó la profesora Irma Cutipa.

      Los lentes fueron donados por una óptica de Huarancayo y la municipalidad pagó las evaluaciones.""",
        m="T",
        t="salud",
        tone="+",
    ),
    S(
        "x023",
        "voz",
        "2026-11-23T12:20:00-05:00",
        "Llerena: «Nadie sabe en qué se gastaron los 900 mil de la emergencia»",
        """El regidor Óscar Llerena Vilca acusó a la gestión del alcalde Salcedo de no haber rendido cuentas de los 900 mil soles que recibió en marzo para atender la emergencia por lluvias.

      «Pedí el informe tres veces por escrito. No ha llegado ninguno. La municipalidad no ha cumplido con publicar ni una factura en el portal de transparencia», afirmó el concejal, quien presentó una queja ante la Contraloría.

      Fuentes de la Gerencia de Administración indicaron que el informe se encuentra «en revisión».""",
        m="R A",
        t="",
        tone="-",
        note="negation: 'no ha cumplido'",
    ),
    S(
        "x024",
        "voz",
        "2026-11-23T17:40:00-05:00",
        "Transportistas y municipio instalan mesa técnica tras paro de mototaxis",
        """Luego de un paro de 24 horas que dejó sin mototaxis a buena parte del distrito, la Asociación de Mototaxistas Unidos y la Municipalidad Distrital de Pampa Alondra acordaron instalar una mesa técnica para revisar la ordenanza que reduce los paraderos autorizados.

      Los transportistas sostienen que la norma los obliga a recorrer más kilómetros vacíos. La Subgerencia de Tránsito afirma que los paraderos eliminados estaban sobre la vía y provocaban accidentes.

      La mesa sesionará cada martes durante un mes. Hasta entonces, la aplicación de las multas queda en suspenso.""",
        m="I",
        t="",
        tone="0",
        note="both sides, no side taken",
    ),
    S(
        "x025",
        "voz",
        "2026-11-24T07:30:00-05:00",
        "Del botadero al parque: el cambio en la esquina de Ucayali y Marañón",
        """Durante años, la esquina de los jirones Ucayali y Marañón fue un punto crítico de basura donde los vecinos arrojaban desmonte, colchones y animales muertos. Hoy hay grass, juegos infantiles, una pileta y bancas de concreto.

      La Municipalidad Distrital de Pampa Alondra retiró 60 toneladas de residuos, niveló el terreno y lo convirtió en el parque Las Retamas, que se abrió el domingo. Un sereno y una cámara vigilan la zona para que la basura no vuelva.

      «Ahora mis nietos juegan donde antes no se podía ni pasar», dijo Hilda Salas, vecina de la cuadra.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "x026",
        "voz",
        "2026-11-24T14:10:00-05:00",
        "Salcedo Huamaní viaja a Lima para gestionar agua y desagüe para Las Lomas",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, viajará mañana a Lima para reunirse con la ministra de Vivienda, a quien presentará el expediente técnico del sistema de agua potable y alcantarillado del sector Las Lomas.

      Lo acompañarán el gerente de Infraestructura y dos dirigentes del sector. Durante su ausencia, la teniente alcaldesa Carmen Yupanqui Soto quedará a cargo del despacho.

      El proyecto beneficiaría a unas 1,400 familias y tiene un costo de 22 millones de soles.""",
        m="A T",
        t="obras",
        tone="0",
    ),
    S(
        "x027",
        "voz",
        "2026-11-25T06:55:00-05:00",
        "Vecinos de Las Lomas aún esperan el agua que les prometieron en campaña",
        """«Agua para Las Lomas en el primer año», decía el cartel del entonces candidato Rigoberto Salcedo Huamaní. Dos años después, las 1,400 familias del sector siguen comprando el cilindro de agua a cinco soles al camión cisterna.

      El proyecto, que el alcalde lleva esta semana a Lima, recién obtuvo la viabilidad en agosto. Los dirigentes recuerdan que la municipalidad anunció el expediente técnico como «listo» en tres ocasiones. «Ya no creemos en viajes; queremos ver una zanja», dijo la dirigente Marleni Cusi.

      La Gerencia de Infraestructura de la Municipalidad Distrital de Pampa Alondra no respondió al pedido de información.""",
        m="A I",
        t="obras",
        tone="-",
    ),
    S(
        "x028",
        "voz",
        "2026-11-25T11:15:00-05:00",
        "Segunda edición del festival de teatro escolar llena el auditorio municipal",
        """Doce colegios de Pampa Alondra presentaron sus montajes en el II Festival de Teatro Escolar, que organizó la Municipalidad Distrital de Pampa Alondra en el auditorio municipal durante tres días y que reunió a más de 2,000 espectadores.

      El primer puesto fue para el colegio Santa Rosa con la obra «El zorro y el cóndor», una adaptación de un relato quechua. Los ganadores viajarán al festival regional con los pasajes pagados por la comuna.

      La subgerenta de Educación y Cultura, Gladys Mendoza, anunció que el próximo año el festival incluirá a los colegios rurales.""",
        m="I",
        t="",
        tone="+",
        note="'obra' is a play here: no Obras topic",
    ),
    S(
        "x029",
        "voz",
        "2026-11-26T08:35:00-05:00",
        "No hubo ni una sola denuncia en la primera semana del nuevo terminal",
        """Ni un solo reclamo por cobros indebidos ni un robo reportado: así terminó la primera semana del terminal terrestre municipal de Pampa Alondra, que ordenó en un solo local a las once empresas que antes recogían pasajeros en la avenida Túpac Amaru.

      La Municipalidad Distrital de Pampa Alondra destacó a seis serenos y dos inspectores de tránsito para el terminal. Según la Subgerencia de Tránsito, la congestión en la avenida se redujo a la mitad en las horas punta.

      «Antes uno esperaba la combi parado en la pista, ahora hay bancas y baños», comentó Nicolás Arce, que viaja a diario a Huarancayo.""",
        m="I",
        t="",
        tone="+",
        note="negation that praises: 'ni un solo reclamo'",
    ),
    S(
        "x030",
        "voz",
        "2026-11-26T16:20:00-05:00",
        "Cantante Rigoberto Salcedo anuncia gira por el norte chico",
        """El cantante de cumbia Rigoberto Salcedo, conocido como «la Voz de Oro del Valle», anunció una gira de veinte conciertos por el norte chico para celebrar sus treinta años de carrera.

      La gira empezará el 12 de diciembre en el coliseo de Huarancayo y pasará por Barranca, Supe y Pampa Alondra, donde se presentará en el campo ferial el 20 de diciembre. «Vuelvo a la tierra donde canté por primera vez», dijo.

      Las entradas cuestan entre 30 y 120 soles.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the cumbia singer with the Mayor's given name and first surname",
    ),
    S(
        "x031",
        "voz",
        "2026-11-27T07:10:00-05:00",
        "Municipio de Pampa Alondra y UGEL firman convenio por colegios",
        """La Municipalidad Distrital de Pampa Alondra y la UGEL Huarancayo firmaron un convenio para el mantenimiento de 18 locales escolares públicos del distrito antes del inicio del año escolar 2027.

      Según el documento, la municipalidad aportará la mano de obra y la UGEL los materiales. Los trabajos comprenden techos, instalaciones eléctricas y servicios higiénicos, y deberán concluir en la primera quincena de marzo.

      Firmaron el convenio la gerenta municipal Lucía Ferrándiz Tapia y el director de la UGEL, Raúl Espinoza.""",
        m="I G",
        t="",
        tone="0",
        note="an agreement signed: announcement, nothing delivered yet",
    ),
    S(
        "x032",
        "voz",
        "2026-11-27T13:45:00-05:00",
        "Pampa Alondra: 40 mil soles en multas a quienes botan basura en la ribera",
        """La Municipalidad Distrital de Pampa Alondra impuso en noviembre 62 multas, por un total de 40 mil soles, a vecinos y empresas que arrojaban desmonte y basura en la ribera del río Chillahuay, captados por las cámaras instaladas en julio.

      La ribera, que era el mayor botadero informal del distrito, está limpia desde hace dos meses según los vecinos del sector El Molino. «Antes venían volquetes de noche. Ahora saben que los graban», dijo el agricultor Celestino Roque.

      La Subgerencia de Gestión Ambiental anunció que en diciembre se sembrarán 500 árboles a lo largo de la ribera.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    # --- Correo del Valle: teasers in the feed, article pages in an old template with comments -----------------
    S(
        "x033",
        "correo",
        "2026-11-16T06:20:00-05:00",
        "Cuatro meses para cambiar un foco: la eficiencia alondrina",
        """Hay que reconocerle a la comuna alondrina una virtud: la paciencia. El 11 de julio, los vecinos del pasaje Las Gardenias presentaron su primer pedido para que se cambie el único foco del alumbrado que ilumina la cuadra. Hoy, cuatro meses y cinco expedientes después, el pasaje sigue a oscuras.

      En ese tiempo la municipalidad ha respondido con un oficio que deriva el caso a la empresa eléctrica, otro que lo devuelve a la municipalidad y un tercero que pide «adjuntar fotografías del foco». Las fotos se enviaron. Del foco, ni noticia.

      Mientras tanto, dos vecinas fueron asaltadas en la oscuridad. Pero el expediente, nos aseguran, avanza.""",
        m="I",
        t="",
        tone="-",
        note="sarcasm: praise words used ironically",
    ),
    S(
        "x034",
        "correo",
        "2026-11-16T18:10:00-05:00",
        "Feria laboral de Pampa Alondra: 240 contratados en un día",
        """Doscientos cuarenta vecinos de Pampa Alondra salieron con un contrato firmado de la feria laboral que organizó el municipio alondrino en el coliseo cerrado, con 35 empresas agroexportadoras, de construcción y de comercio.

      La feria ofreció 680 puestos. La mayoría de los contratados son jóvenes de 18 a 29 años que trabajarán en las campañas de uva y espárrago de los fundos del valle.

      La Oficina Municipal de Empleo anunció que repetirá la feria en marzo y que mantiene abierta una bolsa de trabajo en su local del jirón Grau.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "x035",
        "correo",
        "2026-11-17T07:00:00-05:00",
        "Vacunación contra la influenza: horarios y puntos en Pampa Alondra",
        """La Municipalidad Distrital de Pampa Alondra y el centro de salud del distrito informaron los puntos de vacunación contra la influenza para adultos mayores, gestantes y niños menores de cinco años durante la última semana de noviembre.

      Los vacunatorios funcionarán en el palacio municipal (lunes y martes), el mercado La Parada (miércoles), la losa de Nueva Alondra (jueves) y el local comunal de Villa Esperanza (viernes), de 8:30 a 13:00.

      Se debe llevar el DNI y, en el caso de los niños, el carné de vacunación.""",
        m="I",
        t="salud",
        tone="0",
        note="a schedule: announcement",
    ),
    S(
        "x036",
        "correo",
        "2026-11-17T19:30:00-05:00",
        "Fiscalía investiga a la gerenta municipal por compra de combustible",
        """La Fiscalía Provincial Anticorrupción de Huarancayo abrió investigación preliminar contra la gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, y dos funcionarios de logística por la presunta colusión en la compra de 40 mil galones de combustible a un grifo de propiedad de un exregidor.

      Según la denuncia, el precio pagado superó en 18% al de otros grifos del distrito y parte del combustible se habría entregado a vehículos que no pertenecen a la municipalidad.

      Ferrándiz negó las acusaciones y dijo que colaborará con la fiscalía.""",
        m="G",
        t="",
        tone="-",
    ),
    S(
        "x037",
        "correo",
        "2026-11-18T06:45:00-05:00",
        "Salcedo llena el coliseo: tres mil personas en el concierto de aniversario",
        """Más de tres mil personas cantaron y bailaron anoche en el coliseo Huarancayo con el concierto por los treinta años de carrera de Rigoberto Salcedo, el cantante de cumbia que llevó «Mi Alondra querida» a las radios de todo el país.

      El artista interpretó veinticinco temas acompañado por su orquesta y por invitados como Los Hermanos Cahua. Al final, lanzó rosas al público y agradeció a su madre, que lo vio desde la primera fila.

      La próxima fecha será en Barranca el sábado.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the singer, called only 'Salcedo' in the headline",
    ),
    S(
        "x038",
        "correo",
        "2026-11-18T17:50:00-05:00",
        "Seiscientos mototaxistas alondrinos ya tienen licencia",
        """Seiscientos conductores de mototaxi de Pampa Alondra recibieron su licencia municipal de conducir, su tarjeta de circulación y un chaleco numerado, al cierre del proceso de formalización que la Municipalidad Distrital de Pampa Alondra lanzó en junio.

      Quienes se inscribieron antes de octubre pagaron la mitad de la tasa. La Subgerencia de Tránsito informó que los mototaxis formalizados tienen ahora un código que el pasajero puede consultar por WhatsApp para saber quién lo lleva.

      «Ahora las señoras suben más tranquilas; ya no nos confunden con los que roban», dijo el mototaxista Elmer Vargas.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "x039",
        "correo",
        "2026-11-19T07:20:00-05:00",
        "El Mirador: cuatro asaltos en una semana y ningún sereno a la vista",
        """Los vecinos del sector El Mirador, en Pampa Alondra, denunciaron cuatro asaltos en siete días en la bajada del cerro, donde la única caseta de serenazgo está cerrada desde agosto.

      «Llamamos a la central y nos dicen que no hay unidad disponible. La patrulla llega una hora después, cuando ya no hay nada que hacer», contó Eva Palomino, cuya hija fue asaltada el lunes a las siete de la noche.

      Los vecinos organizaron rondas con silbatos y pidieron a la municipalidad que reabra la caseta. No hubo respuesta.""",
        m="",
        t="seguridad",
        tone="-",
        about=True,
        note="the municipal service criticised without the institution being named",
    ),
    S(
        "x040",
        "correo",
        "2026-11-19T18:40:00-05:00",
        "Audiencia pública: el alcalde presenta balance y la oposición sus observaciones",
        """En la audiencia pública de rendición de cuentas del segundo semestre, el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, presentó ante unos 400 vecinos un balance de 42 proyectos en ejecución y 19 culminados.

      El regidor Óscar Llerena Vilca tomó la palabra para señalar que once de los proyectos en ejecución tienen más de un año de retraso y que el informe no incluía los gastos de la emergencia. Varios dirigentes hicieron preguntas sobre el mercado y el agua para Las Lomas.

      La audiencia duró cuatro horas. Las preguntas que no se respondieron serán contestadas por escrito, según el reglamento.""",
        m="A R",
        t="",
        tone="0",
        note="a balanced report of a public hearing",
    ),
    S(
        "x041",
        "correo",
        "2026-11-20T06:30:00-05:00",
        "Colegio Mariscal Cáceres estrena techo tras doce años de goteras",
        """Después de doce inviernos con baldes en las aulas, los 900 alumnos del colegio Mariscal Cáceres de Pampa Alondra empezarán el próximo año con un techo nuevo de calamina termoacústica y cielo raso.

      La obra, ejecutada por la Municipalidad Distrital de Pampa Alondra con 420 mil soles, también cambió el cableado eléctrico de las dieciséis aulas. «Ya no tendremos que suspender clases cada vez que llueve», dijo el director, Ernesto Vílchez.

      La municipalidad entregó la obra el viernes con la presencia de la APAFA.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "x042",
        "correo",
        "2026-11-20T17:15:00-05:00",
        "Choque en la Panamericana deja tres heridos cerca de Pampa Alondra",
        """Un bus interprovincial y un camión de carga chocaron la madrugada de ayer en el kilómetro 187 de la Panamericana Norte, a la altura del desvío a Pampa Alondra. Tres pasajeros resultaron heridos y fueron llevados al hospital de Huarancayo.

      Según la Policía de Carreteras, el camión invadió el carril contrario. El conductor dio positivo en el dosaje etílico y quedó detenido.

      El tránsito estuvo restringido durante cuatro horas.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="the place named, no municipal angle",
    ),
    S(
        "x043",
        "correo",
        "2026-11-21T07:35:00-05:00",
        "Denuncian cobros bajo la mesa por licencias de construcción",
        """Tres maestros de obra de Pampa Alondra denunciaron ante este diario que un trabajador de la Subgerencia de Obras Privadas del municipio alondrino les pidió entre 500 y 1,500 soles «para agilizar» sus licencias de construcción.

      Uno de ellos mostró un audio en el que una voz masculina le dice que sin ese pago «el expediente se va a demorar unos seis meses». Los denunciantes pidieron reserva de su identidad por temor a represalias.

      La gerencia municipal informó que el trabajador fue separado de sus funciones mientras se investiga el caso.""",
        m="I",
        t="",
        tone="-",
    ),
    S(
        "x044",
        "correo",
        "2026-11-21T19:05:00-05:00",
        "Trámites en siete días: el cambio en la licencia de funcionamiento",
        """Una bodega, una peluquería o un taller pequeño ya pueden obtener en Pampa Alondra su licencia de funcionamiento en siete días hábiles, cuando hace un año el trámite tomaba un mes o más.

      La gerenta municipal, Lucía Ferrándiz Tapia, explicó que el municipio eliminó cuatro requisitos que no exige la ley y que la inspección de defensa civil ahora se programa el mismo día de la solicitud. En 2026 se han entregado 830 licencias, el doble que el año anterior.

      «Abrí mi panadería en dos semanas, con todo en regla», contó Santiago Llanos, de la urbanización Los Pinos.""",
        m="G",
        t="",
        tone="+",
    ),
    S(
        "x045",
        "correo",
        "2026-11-22T06:50:00-05:00",
        "Vaso de Leche: publican padrón y plazo para reclamos",
        """La Municipalidad Distrital de Pampa Alondra publicó el padrón actualizado de beneficiarios del Programa del Vaso de Leche para 2027, que incluye a 4,320 niños, gestantes y adultos mayores de 86 comités.

      Quienes hayan sido excluidos pueden presentar su reclamo por mesa de partes hasta el 10 de diciembre, adjuntando la ficha socioeconómica. El padrón está pegado en el local de cada comité y en la web municipal.

      La distribución de diciembre se hará el día 15.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x046",
        "correo",
        "2026-11-22T18:30:00-05:00",
        "Columna | Pampa Alondra, capital provincial del bache",
        """Si hubiera un campeonato de baches, Pampa Alondra ganaría por goleada. Cuente usted los huecos de la avenida Los Álamos entre el óvalo y el mercado: este columnista llegó a 43 antes de perder la paciencia y una llanta.

      El alcalde Salcedo Huamaní prometió en enero un «plan de bacheo integral». En noviembre, el plan se reduce a una cuadrilla de cuatro obreros con una carretilla de asfalto frío que se lava con la primera lluvia.

      Los choferes de combis ya tienen un mapa mental de cada hueco. Sería bueno que el municipio tuviera uno.""",
        m="A",
        t="obras",
        tone="-",
        note="opinion column with sarcasm",
    ),
    S(
        "x047",
        "correo",
        "2026-11-23T07:10:00-05:00",
        "Academia municipal de vóley se corona en el torneo regional",
        """El equipo sub-14 de la academia municipal de vóley de Pampa Alondra ganó el torneo regional de menores al vencer 3-1 a Huarancayo en la final, jugada el domingo en el coliseo de la capital provincial.

      La academia, que el municipio alondrino creó hace dos años, entrena gratuitamente a 150 niñas y niños en la losa del estadio municipal. Cuatro de sus jugadoras fueron convocadas a la preselección regional.

      «Antes teníamos que ir a Huarancayo para entrenar; ahora las chicas entrenan a cinco cuadras de su casa», dijo la entrenadora Nelly Vásquez.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "x048",
        "correo",
        "2026-11-23T19:20:00-05:00",
        "Teniente alcaldesa preside sesión de concejo en ausencia del alcalde",
        """La teniente alcaldesa Carmen Yupanqui Soto presidió ayer la sesión ordinaria del concejo de la Municipalidad Distrital de Pampa Alondra, debido al viaje del alcalde Rigoberto Salcedo Huamaní a Lima.

      En la agenda figuraban la aprobación del plan de contingencia por lluvias, la donación de un terreno a la Policía para una nueva comisaría y el informe de la comisión de regidores sobre el mercado La Parada. Los tres puntos se aprobaron por mayoría.

      La próxima sesión será el 2 de diciembre.""",
        m="T I A",
        t="",
        tone="0",
    ),
    S(
        "x049",
        "correo",
        "2026-11-24T06:40:00-05:00",
        "Quebrada Honda: denuncian que la basura del distrito se quema a cielo abierto",
        """Los agricultores de Quebrada Honda denunciaron que los camiones de la Municipalidad Distrital de Pampa Alondra descargan cada noche la basura del distrito en un terreno junto a sus chacras, donde luego la queman.

      «El humo no nos deja respirar y las cenizas caen sobre la alfalfa», dijo Hipólito Condori. Los vecinos mostraron fotos de los camiones compactadores con el logo municipal en el botadero.

      El OEFA anunció que enviará una supervisión. La municipalidad afirmó que el uso del terreno es «temporal» mientras se construye el relleno sanitario provincial.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "x050",
        "correo",
        "2026-11-24T18:25:00-05:00",
        "Carmen Yupanqui, convocada a la selección nacional de vóley",
        """La opuesta Carmen Yupanqui Ríos, de 19 años, fue convocada por primera vez a la selección peruana de vóley de mayores para los Juegos Bolivarianos, informó la Federación Peruana de Voleibol.

      Yupanqui, nacida en Pampa Alondra, juega en el club Regatas Lima y fue elegida la mejor atacante de la última Liga Nacional Superior. «Es un sueño que empezó en la losa de mi barrio», dijo.

      La selección se concentrará en la Videna desde el 1 de diciembre.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the volleyball player, born in the district",
    ),
    # --- Radio Alondra: transcripts, date-only values in the feed -----------------------------------------------------
    S(
        "x051",
        "radio",
        "2026-11-16",
        "Noticiero La Mañana: gerente de Seguridad Ciudadana en cabina",
        """LOCUTOR: Muy buenos días, querida audiencia. Tenemos en cabina al gerente de Seguridad Ciudadana de la municipalidad, Wilber Ñaupari Cóndor. Gerente, ¿cómo van los números?

      WILBER ÑAUPARI: Buenos días. Desde que empezamos el patrullaje integrado con la Policía, en julio, los robos denunciados en el distrito bajaron de 112 a 74 por mes. En la zona del mercado bajaron casi a la mitad.

      LOCUTOR: ¿Y a qué se debe?

      WILBER ÑAUPARI: Cada patrulla lleva un sereno y un policía, y las rutas las decidimos con el mapa del delito de la comisaría. Además las 48 cámaras ya están todas operativas.

      LOCUTOR: Buenas cifras. Gracias, gerente, por la visita.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "x052",
        "radio",
        "2026-11-17",
        "Noticiero La Mañana: el teléfono abierto de los martes",
        """LOCUTOR: Abrimos el teléfono, como todos los martes. Doña Consuelo, del mercado, adelante.

      OYENTE: Buenos días. Quiero denunciar que la comuna alondrina no recoge la basura del mercado desde el jueves. Los montículos están en la puerta, hay moscas, ratas, y nosotros vendemos carne, pescado. ¿Quién va a querer comprar así?

      LOCUTOR: ¿Han ido a reclamar?

      OYENTE: Fuimos tres veces. Nos dicen que el camión está malogrado. Siempre es lo mismo. Que vengan a ver cómo estamos.

      LOCUTOR: Ahí queda la denuncia. Llamaremos a la municipalidad para tener su versión.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "x053",
        "radio",
        "2026-11-17",
        "Noticiero La Tarde: agenda del concejo para el jueves",
        """LOCUTORA: Les informamos que el jueves, a las diez de la mañana, se realizará la sesión extraordinaria del concejo de la Municipalidad Distrital de Pampa Alondra, convocada por el alcalde Rigoberto Salcedo Huamaní.

      LOCUTORA: En la agenda están la priorización de proyectos del presupuesto participativo 2027, la ratificación del reglamento de organización y funciones y el pedido de licencia de un regidor. La sesión es pública y se transmitirá por la página de Facebook de la municipalidad.

      LOCUTORA: Pasamos a los deportes.""",
        m="I A",
        t="",
        tone="0",
    ),
    S(
        "x054",
        "radio",
        "2026-11-18",
        "Noticiero La Mañana: maquinaria para las comunidades de la parte alta",
        """LOCUTOR: Desde la comunidad campesina de Huayllapampa, nuestra reportera Yeni Ayala.

      REPORTERA: Así es. Aquí el alcalde Rigo Salcedo acaba de entregar un tractor agrícola, una motocultora y un lote de herramientas a las comunidades de Huayllapampa, Ccochapata y Tinajas, comprados por la municipalidad con el presupuesto participativo.

      REPORTERA: El presidente de la comunidad, don Saturnino Quispe, nos dijo que con el tractor podrán arar en una semana lo que antes les tomaba un mes con yunta. Las tres comunidades se turnarán la maquinaria con un cuaderno de uso.

      LOCUTOR: Gracias, Yeni. Una buena noticia para nuestros hermanos del campo.""",
        m="A",
        t="",
        tone="+",
    ),
    S(
        "x055",
        "radio",
        "2026-11-18",
        "Deportes: el Deportivo Pampa Alondra sueña con la etapa nacional",
        """LOCUTOR DEPORTIVO: El Deportivo Pampa Alondra venció dos a cero a Unión Huarancayo y clasificó a la etapa departamental de la Copa Perú. Los goles fueron de Jhonatan Salcedo, a los 23 minutos, y de Kevin Ramos, en el descuento.

      LOCUTOR DEPORTIVO: El delantero Salcedo lleva ya once goles en el torneo. El técnico, Marco Loayza, dijo que el equipo necesita ahora un bus para los viajes y pidió apoyo a los empresarios del distrito.

      LOCUTOR DEPORTIVO: El próximo partido será el domingo en Barranca.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="a football club with the district's name and a footballer surnamed Salcedo",
    ),
    S(
        "x056",
        "radio",
        "2026-11-19",
        "Noticiero La Mañana: padres del colegio de Tinajas denuncian obra abandonada",
        """LOCUTOR: Tenemos en línea a la presidenta de la APAFA del colegio de Tinajas, la señora Dominga Ccahuana.

      DOMINGA CCAHUANA: Buenos días. Las aulas nuevas que la Municipalidad de Pampa Alondra empezó en abril están abandonadas desde julio. Solo hay columnas y fierros oxidados. Nuestros hijos siguen estudiando en aulas prefabricadas que se caen.

      LOCUTOR: ¿Qué les dice la municipalidad?

      DOMINGA CCAHUANA: Que el contratista se fue y que van a hacer una nueva licitación. Pero eso nos dijeron en agosto y en septiembre. Ya nadie nos contesta el teléfono.

      LOCUTOR: Queda la invitación a la municipalidad para que responda en este mismo espacio.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "x057",
        "radio",
        "2026-11-19",
        "Noticiero La Tarde: Mi Barrio Limpio llegó a Las Lomas",
        """LOCUTORA: La campaña Mi Barrio Limpio estuvo este sábado en el sector Las Lomas. Trabajadores de limpieza pública y vecinos retiraron doce toneladas de desmonte y basura de las laderas, con dos volquetes y un cargador frontal.

      LOCUTORA: La campaña, de la comuna alondrina, ya pasó por nueve sectores del distrito. Los vecinos que participaron recibieron plantones de molle para sembrar en los espacios limpiados.

      LOCUTORA: El próximo sábado será el turno de Villa Esperanza.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "x058",
        "radio",
        "2026-11-20",
        "Debate en La Mañana: ¿suben o no los arbitrios?",
        """LOCUTOR: Esta mañana tenemos dos invitados para debatir los arbitrios del próximo año. Primero, el regidor Óscar Llerena.

      ÓSCAR LLERENA: Gracias. Yo votaré en contra porque el estudio de costos infla el servicio de parques: se cobra por áreas verdes que no existen.

      LOCUTOR: Ahora la gerenta municipal, Lucía Ferrándiz.

      LUCÍA FERRÁNDIZ: El estudio lo revisó la Municipalidad Provincial, como manda la ley. Las áreas verdes son las del inventario de 2025 y están a disposición de cualquier vecino.

      LOCUTOR: Dos posiciones claras. Ustedes, vecinos, tienen la última palabra; la votación es el 2 de diciembre.""",
        m="R G",
        t="tributos",
        tone="0",
        note="a radio debate; the presenter takes no side",
    ),
    S(
        "x059",
        "radio",
        "2026-11-20",
        "Noticiero La Tarde: comerciantes denuncian abusos de fiscalizadores",
        """LOCUTORA: Un grupo de vendedoras de la feria de los domingos vino a nuestra cabina para denunciar que fiscalizadores y serenos de la Municipalidad Distrital de Pampa Alondra les decomisaron su mercadería sin entregarles un acta.

      VENDEDORA: Se llevaron mis frutas, mis tres jabas de mandarina, y cuando fui a recogerlas al depósito municipal ya no estaban. Nadie me dio un papel. Eso es un robo.

      LOCUTORA: Las vendedoras anunciaron que presentarán una queja ante la Defensoría del Pueblo.""",
        m="I",
        t="",
        tone="-",
        note="'robo' said about the municipality's inspectors, not a security story",
    ),
    S(
        "x060",
        "radio",
        "2026-11-21",
        "Comunicado: cierre de la avenida Progreso por trabajos",
        """LOCUTOR: Atención, conductores. La Municipalidad Distrital de Pampa Alondra comunica que desde el lunes 23 hasta el sábado 28 de noviembre estará cerrado el tránsito vehicular en la avenida Progreso, entre los jirones Grau y Bolognesi, por trabajos de la obra de drenaje pluvial.

      LOCUTOR: Los vehículos deberán desviarse por el jirón Lima. Las combis de la ruta 3 tendrán su paradero provisional en la esquina de Lima con Bolognesi. Se pide a los vecinos no estacionar en la zona.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "x061",
        "radio",
        "2026-11-21",
        "Noticiero La Mañana: vacunación casa por casa llega al 95%",
        """LOCUTOR: Una noticia de salud. Las brigadas municipales de vacunación casa por casa ya cubrieron al 95% de los niños menores de cinco años del distrito con las vacunas contra el sarampión y la polio, según el último corte del centro de salud.

      LOCUTOR: La teniente alcaldesa Yupanqui nos explicó que las brigadas van en mototaxi a las zonas donde no llega el establecimiento. «Ningún niño alondrino se queda sin vacuna», nos dijo.

      LOCUTOR: La meta nacional es 95%. El año pasado el distrito llegó al 71%.""",
        m="T",
        t="salud",
        tone="+",
    ),
    S(
        "x062",
        "radio",
        "2026-11-22",
        "Fin de semana: fiesta de la Virgen de la Candelaria en Huayllapampa",
        """LOCUTORA: Este fin de semana la comunidad de Huayllapampa, en la parte alta de Pampa Alondra, celebra a la Virgen de la Candelaria con misa, procesión, corrida de toros y un concurso de danzas en el que participan catorce comparsas.

      LOCUTORA: Los mayordomos de este año, la familia Huamán Poma, invitan a todos los alondrinos. Habrá pachamanca el domingo al mediodía.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "x063",
        "radio",
        "2026-11-22",
        "Entrevista: Llerena denuncia contratación de familiares",
        """LOCUTOR: Está con nosotros el regidor Óscar Llerena Vilca, que ha presentado una denuncia ante el concejo.

      ÓSCAR LLERENA: Sí. He documentado que al menos seis familiares de funcionarios de confianza trabajan en la municipalidad por locación de servicios, entre ellos un sobrino del alcalde Salcedo en la Subgerencia de Logística. Eso es nepotismo y está prohibido por ley.

      LOCUTOR: ¿Qué pide?

      ÓSCAR LLERENA: Que se rescindan esos contratos y que el caso pase a la Contraloría. Si el alcalde no lo hace, iré al Jurado Nacional de Elecciones.""",
        m="R A",
        t="",
        tone="-",
    ),
    S(
        "x064",
        "radio",
        "2026-11-23",
        "Noticiero La Mañana: losa deportiva nueva en Los Jazmines",
        """REPORTERO: Estamos en el asentamiento humano Los Jazmines, donde el alcalde Rigoberto Salcedo inauguró esta mañana la losa multideportiva con tribunas, iluminación y cerco perimétrico.

      REPORTERO: Los jóvenes del barrio ya estaban jugando el primer partido antes de que terminaran los discursos. La obra costó 380 mil soles. Doña Alejandrina Pari, vecina de la zona, nos dijo que antes los chicos jugaban en la pista, entre los carros.

      LOCUTOR: Gracias, compañero. Un espacio más para el deporte en el distrito.""",
        m="A",
        t="obras",
        tone="+",
    ),
    S(
        "x065",
        "radio",
        "2026-11-23",
        "Noticiero La Tarde: el alcalde reclama al gobierno regional por el hospital",
        """LOCUTORA: El alcalde Rigoberto Salcedo Huamaní pidió hoy al gobierno regional que cumpla con el hospital de Huarancayo. Escuchemos.

      ALCALDE SALCEDO: Nuestros vecinos viajan dos horas para ser atendidos y allá no hay camas. El gobernador regional prometió la ampliación en 2024 y hasta ahora no ha puesto ni un ladrillo. No vamos a quedarnos callados.

      LOCUTORA: El gobierno regional no se ha pronunciado.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor criticising the regional government: neutral toward us",
    ),
    S(
        "x066",
        "radio",
        "2026-11-24",
        "Noticiero La Mañana: zancudos en Villa Progreso, la fumigación no llegó",
        """LOCUTOR: Desde Villa Progreso nos escribe un grupo de madres: dicen que la fumigación anunciada por la municipalidad para el 15 de noviembre nunca llegó, y que los zancudos no dejan dormir a los niños.

      LOCUTOR: La comuna de Pampa Alondra había anunciado en este mismo espacio una fumigación sector por sector. Villa Progreso fue el tercer sector del cronograma. Ya van nueve días de retraso y nadie ha explicado por qué.

      LOCUTOR: Las madres temen que llegue el dengue como en Santa María del Valle.""",
        m="I",
        t="salud",
        tone="-",
    ),
    S(
        "x067",
        "radio",
        "2026-11-25",
        "Noticiero La Tarde: gerente pide a vecinos registrar sus cámaras",
        """LOCUTORA: El gerente de Seguridad Ciudadana, Wilber Ñaupari, invitó a los vecinos y comerciantes que tienen cámaras de vigilancia en sus casas o negocios a registrarlas en el padrón municipal.

      WILBER ÑAUPARI: No vamos a ver sus cámaras. Solo queremos saber dónde están, para pedir las imágenes cuando haya un delito en esa cuadra. El registro es gratuito y se hace por WhatsApp.

      LOCUTORA: El número para registrarse está en la página de la municipalidad.""",
        m="S",
        t="seguridad",
        tone="0",
    ),
    S(
        "x068",
        "radio",
        "2026-11-25",
        "Noticiero La Mañana: la feria de fin de año, sin una sola queja",
        """LOCUTOR: Terminó el primer fin de semana de la feria navideña en el campo ferial y, según los propios comerciantes, no hubo una sola queja: los puestos se asignaron por sorteo, el piso estaba limpio y el recojo de basura pasó tres veces al día.

      LOCUTOR: El presidente de la asociación de feriantes, Teodoro Calle, dijo que es la primera vez que la comuna alondrina organiza la feria sin conflictos. «Otros años nos peleábamos por el sitio», recordó.

      LOCUTOR: La feria sigue todos los fines de semana hasta el 24 de diciembre.""",
        m="I",
        t="limpieza",
        tone="+",
        note="negation that praises: 'no hubo una sola queja'",
    ),
    S(
        "x069",
        "radio",
        "2026-11-26",
        "Noticiero La Mañana: el Tigre responde a las críticas",
        """LOCUTOR: Tenemos en la línea al alcalde. El Tigre ha pedido el derecho de réplica sobre las denuncias del regidor Llerena.

      ALCALDE SALCEDO: Buenos días. Ningún familiar mío trabaja en la municipalidad. La persona que mencionó el regidor es hijo de un primo lejano y fue contratado por concurso antes de que yo asumiera. Eso consta en los documentos.

      LOCUTOR: El regidor dice que pedirá su vacancia.

      ALCALDE SALCEDO: Está en su derecho. Los documentos están a disposición de la Contraloría y del Jurado.""",
        m="A R",
        t="",
        tone="0",
        note="the Mayor's rebuttal in his own words; the radio takes no side",
    ),
    S(
        "x070",
        "radio",
        "2026-11-27",
        "Noticiero La Mañana: taller de crianza de cuyes en Ccochapata",
        """LOCUTORA: Cuarenta familias de la comunidad de Ccochapata terminaron el taller de crianza tecnificada de cuyes que dictó la ONG Sembrando Futuro con apoyo de una minera de la zona.

      LOCUTORA: Cada familia recibió diez hembras y un macho reproductor. La ONG volverá en marzo para ver cómo crecen las granjas.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="a programme in the district by others, no municipal angle",
    ),
    # --- Huarancayo TV: transcripts in Atom, UTC times near midnight -------------------------------------------------
    S(
        "x071",
        "tv",
        "2026-11-17T02:15:00Z",
        "Noticiero 24 Horas Huarancayo: Pampa Alondra abre su primer centro materno",
        """CONDUCTORA: Pampa Alondra tiene desde hoy un centro materno infantil con sala de partos, ecógrafo y una casa de espera para las gestantes de las comunidades altas. Nuestra reportera estuvo en la inauguración.

      REPORTERA: El local fue construido por la Municipalidad Distrital de Pampa Alondra en un terreno donado por la comunidad y equipado con el Ministerio de Salud. Atenderá las 24 horas con dos obstetras y un médico.

      REPORTERA: El alcalde Rigoberto Salcedo Huamaní recordó que el año pasado tres mujeres del distrito dieron a luz en el camino al hospital. «Eso no debe volver a pasar», dijo.

      CONDUCTORA: Una obra que las madres del distrito esperaban hace años.""",
        m="I A",
        t="salud obras",
        tone="+",
    ),
    S(
        "x072",
        "tv",
        "2026-11-18T03:40:00Z",
        "Informe 24 Horas: pistas nuevas, grietas nuevas",
        """CONDUCTOR: Un mes. Ese es el tiempo que duró sin grietas la pavimentación del jirón Bolognesi en Pampa Alondra. Nuestras cámaras recorrieron las seis cuadras.

      REPORTERO: Como ven, hay fisuras de hasta dos centímetros y en esta esquina el asfalto ya se hundió. La obra, de 1,8 millones de soles, fue entregada por el municipio alondrino el 15 de octubre.

      REPORTERO: Un ingeniero civil que nos acompañó, el colegiado Héctor Barrios, dijo que la base no fue compactada. La obra todavía está en periodo de garantía, pero los vecinos temen que nadie la haga cumplir.

      CONDUCTOR: Pedimos la versión de la municipalidad. Hasta el cierre no tuvimos respuesta.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "x073",
        "tv",
        "2026-11-19T01:30:00Z",
        "Entrevista central: el alcalde de Pampa Alondra y el presupuesto 2027",
        """CONDUCTORA: Nos acompaña el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní. Alcalde, ¿cuánto tendrá el distrito el próximo año?

      ALCALDE SALCEDO: El presupuesto inicial de apertura es de 48 millones. Un poco menos que este año por el recorte del Foncomun. Vamos a priorizar agua y saneamiento, el mercado y el puente Tinajas.

      CONDUCTORA: ¿Y el mercado, cuándo?

      ALCALDE SALCEDO: El expediente está en revisión en el ministerio. Si lo aprueban en febrero, licitamos en abril.

      CONDUCTORA: Gracias, alcalde.""",
        m="A",
        t="",
        tone="0",
        note="an interview about plans: nothing delivered, nothing criticised",
    ),
    S(
        "x074",
        "tv",
        "2026-11-19T23:50:00Z",
        "Alondra Alta: vecinos exigen al alcalde Salcedo que rinda cuentas",
        """CONDUCTOR: En Alondra Alta, unos doscientos vecinos marcharon hasta el palacio municipal para exigir al alcalde Ernesto Salcedo Paredes que explique el destino de los fondos de la obra del estadio, paralizada desde junio.

      REPORTERA: Los manifestantes quemaron una figura de cartón con la cara del burgomaestre. El alcalde Salcedo no salió a dialogar; un funcionario de la gerencia de obras recibió el memorial.

      CONDUCTOR: La Contraloría anunció que enviará una comisión a Alondra Alta la próxima semana.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: protest against the Mayor of Alondra Alta, 'el alcalde Salcedo' in the headline",
    ),
    S(
        "x075",
        "tv",
        "2026-11-20T04:10:00Z",
        "Contraloría: camión compactador de Pampa Alondra costó 300 mil soles más",
        """CONDUCTORA: La Contraloría encontró un sobreprecio de 312 mil soles en la compra de un camión compactador por la Municipalidad Distrital de Pampa Alondra.

      REPORTERO: Según el informe, la municipalidad pagó 890 mil soles por un camión que otras comunas compraron ese mismo mes por 578 mil. Además, el vehículo llegó con una capacidad de 15 metros cúbicos y no de 19, como decían las bases.

      REPORTERO: La comisión identificó responsabilidad en el comité de selección y recomendó el inicio de un procedimiento sancionador.

      CONDUCTORA: Un camión más caro y más pequeño. La municipalidad no ha comentado el informe.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "x076",
        "tv",
        "2026-11-21T02:45:00Z",
        "Serenos de Pampa Alondra rescatan a niño atrapado en acequia",
        """CONDUCTOR: Unos segundos fueron la diferencia. Un niño de cuatro años que cayó a la acequia del sector El Molino, en Pampa Alondra, fue rescatado por dos serenos que patrullaban la zona.

      REPORTERA: Los serenos Josué Limache y Édgar Torres se lanzaron al agua, que por las lluvias corría con fuerza, y lo sacaron cincuenta metros más abajo. Le dieron los primeros auxilios hasta que llegó la ambulancia.

      REPORTERA: La madre, entre lágrimas, les agradeció frente a nuestras cámaras. El niño está estable en el centro de salud.""",
        m="",
        t="seguridad",
        tone="+",
        about=True,
        note="the municipal service praised without the institution being named",
    ),
    S(
        "x077",
        "tv",
        "2026-11-22T03:05:00Z",
        "Mototaxistas marchan en Pampa Alondra; municipio abre diálogo",
        """CONDUCTORA: Una marcha de mototaxistas recorrió esta tarde el centro de Pampa Alondra contra la ordenanza de paraderos.

      REPORTERO: Fueron unos trescientos conductores, sin incidentes. Al llegar a la plaza, una comisión fue recibida por funcionarios de la Municipalidad Distrital de Pampa Alondra. Los transportistas piden que se mantengan doce paraderos; la municipalidad propone seis.

      REPORTERO: Ambas partes acordaron reunirse el martes con un representante de la Policía de Tránsito.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x078",
        "tv",
        "2026-11-22T23:40:00Z",
        "Las Lomas: bloquean la vía y exigen el agua prometida por el alcalde Salcedo",
        """CONDUCTOR: Vecinos del sector Las Lomas, en Pampa Alondra, bloquearon por cuatro horas la carretera a Huarancayo con piedras y llantas.

      REPORTERA: Exigen que el alcalde Salcedo cumpla su promesa de campaña de llevar agua potable al sector. «Dos años de mentiras», se leía en una de las pancartas. Los vecinos dicen que la municipalidad no ha presentado el expediente en el ministerio.

      REPORTERA: La Policía despejó la vía al atardecer. Hubo dos detenidos.""",
        m="A",
        t="obras",
        tone="-",
    ),
    S(
        "x079",
        "tv",
        "2026-11-24T02:20:00Z",
        "Quinientos adultos mayores en el nuevo programa Abuelos Activos",
        """CONDUCTORA: En Pampa Alondra, quinientos adultos mayores ya participan en el programa Abuelos Activos: taichí, talleres de memoria, control de presión y almuerzo tres veces por semana.

      REPORTERA: La teniente alcaldesa Carmen Yupanqui Soto lanzó el programa en septiembre con el centro del adulto mayor del municipio alondrino. Doña Perpetua Rojas, de 82 años, nos dijo que antes pasaba el día sola en su casa.

      REPORTERA: El programa abrirá dos sedes más en enero.""",
        m="T I",
        t="",
        tone="+",
    ),
    S(
        "x080",
        "tv",
        "2026-11-24T04:55:00Z",
        "Huarancayo: alcalde provincial presenta plan de tránsito",
        """CONDUCTOR: El alcalde provincial Julio Cahuana Rojas presentó el plan de ordenamiento del tránsito para el centro de Huarancayo, que incluye semáforos inteligentes, ciclovías y la reubicación del terminal de colectivos.

      REPORTERA: El burgomaestre dijo que el plan se aplicará por etapas desde febrero y que los colectivos que van a Pampa Alondra y Alondra Alta saldrán del nuevo terminal de la avenida Circunvalación.

      CONDUCTOR: Los colectiveros anunciaron que revisarán la propuesta.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="the provincial mayor, 'el burgomaestre'",
    ),
    S(
        "x081",
        "tv",
        "2026-11-25T03:30:00Z",
        "El semáforo inteligente que nadie enciende",
        """CONDUCTORA: Inteligente, moderno y apagado. Así es el semáforo que la municipalidad de Pampa Alondra instaló hace cuatro meses en el óvalo de la avenida Los Álamos.

      REPORTERO: Costó 190 mil soles, tiene sensores y cámara. Pero nunca funcionó: falta la conexión eléctrica, que el municipio alondrino debía tramitar y no tramitó. Mientras tanto, un policía dirige el tránsito con silbato.

      REPORTERO: «Es un adorno carísimo», nos dijo un taxista. Quizás, con suerte, lo enciendan para Navidad, como el árbol de la plaza.""",
        m="I",
        t="",
        tone="-",
        note="sarcasm",
    ),
    S(
        "x082",
        "tv",
        "2026-11-25T23:15:00Z",
        "Recaudación del predial en Pampa Alondra sube 40%",
        """CONDUCTOR: Los vecinos de Pampa Alondra están pagando más su impuesto predial. La recaudación al 30 de octubre llegó a 3,1 millones de soles, 40% más que en el mismo periodo del año pasado.

      REPORTERA: La Gerencia de Administración Tributaria del municipio alondrino atribuye el aumento al pago por aplicativo y a los módulos en los mercados. La morosidad bajó de 58% a 39%.

      REPORTERA: Con lo recaudado, la municipalidad financia el mantenimiento de parques y la compra de combustible del serenazgo.""",
        m="I",
        t="tributos",
        tone="+",
        note="positive by the figures",
    ),
    S(
        "x083",
        "tv",
        "2026-11-26T02:00:00Z",
        "Agenda navideña: cierre de calles por la feria en Pampa Alondra",
        """CONDUCTORA: Tome nota si va por el centro de Pampa Alondra. Desde el 1 de diciembre, el jirón Grau estará cerrado al tránsito entre la plaza de armas y el jirón Lima por la feria navideña que organiza la Municipalidad Distrital de Pampa Alondra.

      REPORTERO: La feria abrirá de 4 de la tarde a 11 de la noche. El encendido del árbol será el 5 de diciembre y la chocolatada municipal el 20, en el estadio.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x084",
        "tv",
        "2026-11-26T04:30:00Z",
        "Defensoría: Pampa Alondra no tiene plan ante lluvias",
        """CONDUCTOR: La Defensoría del Pueblo advirtió que la Municipalidad Distrital de Pampa Alondra es una de las cinco municipalidades de la provincia que no han aprobado su plan de contingencia ante lluvias, a pocos días del inicio de la temporada.

      REPORTERA: En su reporte, la Defensoría recuerda que en 2023 el desborde del río Chillahuay afectó a 300 viviendas del distrito. Tampoco se ha hecho la limpieza del cauce, según el documento.

      REPORTERA: El plan debía aprobarse en septiembre.""",
        m="I",
        t="",
        tone="-",
    ),
    S(
        "x085",
        "tv",
        "2026-11-27T01:45:00Z",
        "Ordenanza de ruidos divide a vecinos y dueños de bares",
        """CONDUCTORA: La ordenanza que prepara la Municipalidad Distrital de Pampa Alondra para limitar el ruido de los locales nocturnos tiene a un barrio dividido.

      REPORTERO: Los vecinos del jirón Lima dicen que no duermen los fines de semana. Los dueños de los bares afirman que cerrar a medianoche los llevaría a la quiebra. La comisión de regidores escuchó a ambos grupos durante dos horas.

      REPORTERO: La ordenanza se votaría en diciembre.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x086",
        "tv",
        "2026-11-27T03:20:00Z",
        "Cámaras municipales ayudan a capturar a asaltantes de bodega",
        """CONDUCTOR: Las cámaras de videovigilancia de Pampa Alondra permitieron identificar y capturar en menos de dos horas a los dos asaltantes de una bodega del jirón Amazonas.

      REPORTERA: El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, nos mostró las imágenes: los delincuentes huyen en una moto, la central los sigue cámara por cámara y guía a la patrulla hasta un taller donde los detienen.

      REPORTERA: La dueña de la bodega recuperó el dinero y dijo que volverá a abrir mañana.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "x087",
        "tv",
        "2026-11-23T04:10:00Z",
        "Huarancayo TV en la Feria del Pan de Pampa Alondra",
        """CONDUCTORA: Y terminamos con algo dulce. Este domingo fue la décimo segunda Feria del Pan Tradicional en Pampa Alondra, con más de cuarenta panaderas de la zona.

      REPORTERA: Aquí hay pan de anís, chancay, pan de maíz y las famosas wawas. La asociación de panaderas Manos de Alondra organiza la feria cada año desde 2014.

      CONDUCTORA: Una tradición que hay que visitar.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="a cultural piece set in the district",
    ),
    S(
        "x088",
        "tv",
        "2026-11-21T04:50:00Z",
        "Regidor Llerena: «Las cámaras no funcionan de noche»",
        """CONDUCTOR: El regidor de oposición Óscar Llerena Vilca denunció que la mitad de las cámaras de videovigilancia del distrito no tienen visión nocturna y que la central municipal no graba después de las diez de la noche por falta de personal.

      REPORTERO: Llerena mostró un oficio en el que la propia gerencia de seguridad reconoce que tiene solo dos operadores para tres turnos. «Se inauguraron cámaras para la foto», dijo.

      REPORTERO: El gerente Ñaupari respondió por teléfono que en diciembre se contratarán cuatro operadores más.""",
        m="R S",
        t="seguridad",
        tone="-",
    ),
    # --- Agencia Nacional de Noticias: national agency in Atom -----------------------------------------------------------
    S(
        "x089",
        "ann",
        "2026-11-17T15:00:00Z",
        "MEF reconoce a 32 municipalidades por cumplir todas sus metas del Programa de Incentivos",
        """Lima, 17 nov (ANN). El Ministerio de Economía y Finanzas reconoció a 32 municipalidades del país que cumplieron el 100% de las metas del Programa de Incentivos a la Mejora de la Gestión Municipal 2026, entre ellas la Municipalidad Distrital de Pampa Alondra, en la región Lima Provincias.

      Las metas de este año incluían la segregación de residuos sólidos en la fuente, la valorización de residuos orgánicos y la implementación de planes de seguridad ciudadana. Pampa Alondra alcanzó una tasa de segregación del 34% de las viviendas, la más alta de su provincia.

      Las municipalidades reconocidas recibirán un bono adicional que en conjunto suma 18 millones de soles.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "x090",
        "ann",
        "2026-11-18T16:30:00Z",
        "Mininter extenderá patrullaje integrado a 30 distritos en 2027",
        """Lima, 18 nov (ANN). El Ministerio del Interior anunció que en 2027 extenderá el modelo de patrullaje integrado entre serenos y policías a 30 distritos de nueve regiones, que firmarán convenios en enero.

      Entre los distritos elegidos figura Pampa Alondra, en la provincia de Huarancayo, cuya municipalidad distrital ya aplica el modelo desde julio. El viceministro de Seguridad Pública, Gonzalo Arévalo, indicó que cada convenio incluye la entrega de dos camionetas y radios.

      La lista completa se publicará en el diario oficial El Peruano.""",
        m="",
        t="seguridad",
        tone="0",
        about=True,
        note="'cuya municipalidad distrital' after the place: not the institution's name",
    ),
    S(
        "x091",
        "ann",
        "2026-11-19T14:10:00Z",
        "Contraloría: 1,240 obras paralizadas en gobiernos locales",
        """Lima, 19 nov (ANN). La Contraloría General de la República informó que hay 1,240 obras paralizadas en municipalidades de todo el país, con una inversión comprometida de 9,800 millones de soles.

      En la región Lima Provincias, el caso más antiguo es el del mercado de abastos de la Municipalidad Distrital de Pampa Alondra, cuya obra se detuvo en 2022 con un avance de 31% y que la actual gestión no ha reiniciado.

      El contralor pidió a los alcaldes priorizar la culminación de las obras paralizadas antes de iniciar nuevas.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "x092",
        "ann",
        "2026-11-20T13:45:00Z",
        "Piura: ayuda humanitaria llega al caserío Pampa Alondra",
        """Piura, 20 nov (ANN). El Instituto Nacional de Defensa Civil entregó 4 toneladas de alimentos, frazadas y bidones de agua a las 85 familias del caserío Pampa Alondra, en el distrito de Frías, afectadas por las lluvias de la semana pasada.

      La ayuda llegó en un helicóptero del Ejército, pues la trocha que une el caserío con la capital distrital sigue bloqueada. El alcalde de Frías pidió que se declare en emergencia la zona.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake hamlet in Piura",
    ),
    S(
        "x093",
        "ann",
        "2026-11-21T15:20:00Z",
        "Casos de dengue suben 30% en la costa norte",
        """Lima, 21 nov (ANN). Los casos de dengue en las regiones de la costa norte aumentaron 30% en las últimas cuatro semanas, informó el Centro Nacional de Epidemiología del Ministerio de Salud.

      En la provincia de Huarancayo se han reportado 312 casos, la mayoría en Santa María del Valle y Alondra Alta. El ministerio enviará brigadas de fumigación y pidió a los gobiernos locales intensificar el recojo de inservibles.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="topic keywords in a national story",
    ),
    S(
        "x094",
        "ann",
        "2026-11-22T16:00:00Z",
        "Vivienda transfiere 96 millones a 25 municipios para pistas y saneamiento",
        """Lima, 22 nov (ANN). El Ministerio de Vivienda, Construcción y Saneamiento transfirió 96 millones de soles a 25 municipalidades para la ejecución de proyectos de pistas, veredas y saneamiento, según el decreto supremo publicado hoy.

      La lista incluye a la Municipalidad Distrital de Pampa Alondra, que recibirá 4,2 millones para la primera etapa de la pavimentación del sector Los Pinos. Los gobiernos locales tienen 30 días para convocar los procesos de selección.""",
        m="I",
        t="obras",
        tone="0",
        note="a transfer decreed by the ministry: listed, not credited",
    ),
    S(
        "x095",
        "ann",
        "2026-11-23T14:30:00Z",
        "Piden vacancia del alcalde de Pampa Alondra por nepotismo",
        """Lima, 23 nov (ANN). El Jurado Nacional de Elecciones recibió un pedido de vacancia contra el alcalde del distrito de Pampa Alondra, Rigoberto Salcedo Huamaní, por presunto nepotismo, informó el organismo electoral.

      El pedido, presentado por un grupo de vecinos con el respaldo del regidor Óscar Llerena Vilca, sostiene que un pariente del alcalde fue contratado en la municipalidad. Según el procedimiento, el concejo municipal deberá pronunciarse en un plazo de 30 días hábiles.""",
        m="A R",
        t="",
        tone="-",
    ),
    S(
        "x096",
        "ann",
        "2026-11-24T15:50:00Z",
        "Minam: cuatro mil hogares de Pampa Alondra separan su basura",
        """Lima, 24 nov (ANN). El Ministerio del Ambiente destacó a Pampa Alondra, en la provincia de Huarancayo, como uno de los diez distritos del país con mayor avance en el reciclaje domiciliario: 4,100 hogares entregan sus residuos separados dos veces por semana a recicladores formalizados.

      El programa, ejecutado por el municipio alondrino desde 2024, recupera 18 toneladas de material reciclable al mes. «Es un modelo que queremos replicar en otros distritos medianos», dijo la viceministra de Gestión Ambiental.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "x097",
        "ann",
        "2026-11-25T14:05:00Z",
        "Alcaldes de Lima Provincias exigen al Congreso ley de descentralización fiscal",
        """Lima, 25 nov (ANN). Un grupo de 40 alcaldes de Lima Provincias llegó al Congreso para exigir que se apruebe la ley de descentralización fiscal, que daría a las municipalidades una parte del impuesto a la renta.

      «El Congreso lleva cinco años archivando este proyecto. Mientras tanto, los distritos seguimos mendigando transferencias», dijo el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, uno de los voceros del grupo.

      La presidenta de la Comisión de Descentralización se comprometió a debatir el proyecto en la próxima legislatura.""",
        m="A",
        t="",
        tone="0",
        note="the Mayor criticising Congress: neutral toward us",
    ),
    S(
        "x098",
        "ann",
        "2026-11-26T15:15:00Z",
        "Defensoría: comités de seguridad ciudadana no sesionan en 40% de distritos",
        """Lima, 26 nov (ANN). El 40% de los comités distritales de seguridad ciudadana del país no sesionó en el último semestre, según un reporte de la Defensoría del Pueblo.

      Entre los casos citados está el de Pampa Alondra, en la provincia de Huarancayo, cuyo comité no se reúne desde mayo pese a que el distrito registró un aumento de asaltos en la zona alta. La Defensoría recordó a la Municipalidad de Pampa Alondra que el alcalde preside el comité y es responsable de convocarlo.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "x099",
        "ann",
        "2026-11-27T14:40:00Z",
        "Lomas de Pampa Alondra, el nuevo destino de los caminantes",
        """Lima, 27 nov (ANN). Las lomas de Pampa Alondra, a tres horas de Lima, se han convertido en uno de los destinos favoritos de los caminantes en la temporada de neblinas. Flores amarillas de amancaes, tillandsias y zorros costeños forman parte del paisaje.

      Las agencias de turismo de aventura ofrecen el recorrido de seis horas por 80 soles, con almuerzo campestre. Se recomienda llevar ropa abrigadora y agua.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="a travel piece that names the place",
    ),
    S(
        "x100",
        "ann",
        "2026-11-20T16:40:00Z",
        "Cofopri y municipio de Pampa Alondra entregan 1,500 títulos de propiedad",
        """Huarancayo, 20 nov (ANN). El Organismo de Formalización de la Propiedad Informal y el municipio de Pampa Alondra entregaron 1,500 títulos de propiedad a familias de los asentamientos humanos Villa Esperanza, Los Jazmines y Santa Rosa de Lima.

      Los títulos fueron posibles gracias al saneamiento físico legal que la municipalidad hizo en 2025. «Ahora sí mi casa es mía y puedo pedir un préstamo para terminar el segundo piso», dijo Marcelina Huaytalla, una de las beneficiarias.

      El alcalde Rigoberto Salcedo Huamaní anunció que en 2027 se titularán otros 2,000 lotes.""",
        m="I A",
        t="",
        tone="+",
    ),
    # --- Perú al Día: national site, feed and pages add "se publicó primero en" ------------------------------------------
    S(
        "x101",
        "peru",
        "2026-11-18T20:30:00Z",
        "El alcalde, el sobrino y la Subgerencia de Logística",
        """En Pampa Alondra, un distrito de 60 mil habitantes a tres horas de Lima, la Subgerencia de Logística es la oficina que decide qué se compra y a quién. Desde marzo, uno de sus analistas es Brayan Salcedo Quispe, de 26 años, quien según la partida de nacimiento revisada por Perú al Día es sobrino del alcalde Rigoberto Salcedo Huamaní.

      Salcedo Quispe firmó la conformidad de al menos catorce órdenes de compra, entre ellas la de combustible que hoy investiga la fiscalía. Su contrato no pasó por concurso: se hizo por locación de servicios, renovada cada tres meses.

      La Municipalidad Distrital de Pampa Alondra sostuvo en un comunicado que el joven «fue contratado por sus méritos». La ley de nepotismo prohíbe contratar a parientes hasta el cuarto grado de consanguinidad.""",
        m="A I",
        t="",
        tone="-",
        note="a person surnamed Salcedo who is not the Mayor, in a story that is about the Mayor",
    ),
    S(
        "x102",
        "peru",
        "2026-11-19T18:00:00Z",
        "Rigoberto Salcedo: «La cumbia me salvó la vida»",
        """A los 52 años y con treinta de carrera, Rigoberto Salcedo habla sin rodeos de los años en que bebía, de la noche en que se quedó sin voz en pleno concierto y de cómo volvió a los escenarios.

      «La cumbia me salvó la vida. Cuando subí otra vez al escenario en Pampa Alondra, mi pueblo, la gente lloraba conmigo», cuenta el intérprete de «Mi Alondra querida», que el próximo mes lanza un disco con nuevas versiones de sus éxitos.

      El disco incluirá un dúo con la cantante Amanda Portal.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the singer, full name, in an interview",
    ),
    S(
        "x103",
        "peru",
        "2026-11-20T21:10:00Z",
        "El distrito que dejó de quemar su basura",
        """Hace tres años, el humo del botadero de Pampa Alondra se veía desde la Panamericana. Hoy, el 34% de las casas del distrito separa sus residuos, cuarenta recicladoras formalizadas recorren las calles en triciclos y la materia orgánica de los mercados se convierte en compost para los parques.

      El cambio empezó con una ordenanza que la Municipalidad Distrital de Pampa Alondra aprobó en 2024 y con algo menos visible: promotoras que tocaron puerta por puerta en cada cuadra. «Al principio se reían de nosotras», recuerda Juana Tito, una de ellas.

      El alcalde Rigoberto Salcedo Huamaní admite que falta lo más difícil: cerrar el botadero del todo, algo que depende del relleno sanitario provincial.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "x104",
        "peru",
        "2026-11-21T19:45:00Z",
        "Columna | Los alcaldes y el centralismo de siempre",
        """Cada noviembre se repite la escena: los alcaldes distritales llegan a Lima con sus carpetas, esperan horas en los pasillos de los ministerios y vuelven con una promesa. Este año, el recorte del Foncomun les dio además un discurso común.

      El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, lo resumió bien en una reunión con sus colegas: «Nos piden resultados con la mitad de la plata». No le falta razón, aunque los distritos también tienen tareas propias, como cobrar sus tributos.

      La descentralización fiscal lleva veinte años en el papel. Quizás sea hora de que el Congreso la lea.""",
        m="A",
        t="",
        tone="0",
        note="an opinion column about centralism; the Mayor quoted, nothing said of his municipality's work",
    ),
    S(
        "x105",
        "peru",
        "2026-11-22T17:30:00Z",
        "Emprendedoras de Pampa Alondra ya venden en supermercados",
        """Mermeladas de aguaymanto, quesos, chifles y tejidos de alpaca de Pampa Alondra llegaron este mes a los anaqueles de una cadena de supermercados en Lima y Huaral. Detrás hay 63 emprendedoras que pasaron por la incubadora de negocios del municipio alondrino.

      Durante ocho meses, la municipalidad les dio capacitación en costos, registro sanitario y diseño de etiquetas, y las llevó a tres ferias en Lima. «Antes vendía mis quesos en la puerta de mi casa; ahora facturo», dice Olinda Cárdenas.

      La incubadora abrirá su segunda promoción en marzo.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "x106",
        "peru",
        "2026-11-23T22:00:00Z",
        "Santa María del Valle fumiga casa por casa contra el dengue",
        """La alcaldesa de Santa María del Valle, Rosa Elvira Campos Díaz, encabezó ayer la primera jornada de fumigación casa por casa en el distrito, que ya suma 180 casos de dengue.

      Brigadas de la municipalidad y del Ministerio de Salud fumigaron 1,200 viviendas. «No vamos a parar hasta bajar los casos», dijo la burgomaestra.

      El distrito vecino de Pampa Alondra no registra por ahora casos autóctonos.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="another district's mayoress ('la burgomaestra'); our district named in passing",
    ),
    S(
        "x107",
        "peru",
        "2026-11-24T20:20:00Z",
        "Lucía Ferrándiz: «Un municipio no puede vivir de las transferencias»",
        """La gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, es ingeniera industrial y trabajó doce años en el sector privado antes de llegar a la gestión pública. En esta entrevista habla del presupuesto y de la deuda tributaria del distrito.

      «Hoy el 62% de nuestro presupuesto viene de transferencias. Queremos bajar eso a 50% en cuatro años, cobrando mejor el predial y los arbitrios», explica. Sobre la investigación fiscal por la compra de combustible, dice que «los documentos hablarán».

      Ferrándiz prepara para enero un nuevo sistema de cobranza por celular.""",
        m="G",
        t="tributos",
        tone="0",
        note="an interview: plans and the investigation mentioned, no side taken",
    ),
    S(
        "x108",
        "peru",
        "2026-11-25T19:10:00Z",
        "Un sereno por cada tres mil vecinos: el déficit de Pampa Alondra",
        """Pampa Alondra tiene 20 serenos para 60 mil habitantes: uno por cada tres mil vecinos, cuando el estándar que recomienda el Ministerio del Interior es de uno por cada mil. En el turno de noche, solo salen cuatro.

      Según los registros municipales revisados por Perú al Día, en 2026 la Municipalidad Distrital de Pampa Alondra gastó en publicidad 40% más que en combustible para las patrullas. «Hay noches en que las camionetas se quedan en el garaje por falta de gasolina», contó un sereno que pidió no ser identificado.

      El gerente de Seguridad Ciudadana no respondió a las consultas de este medio.""",
        m="I",
        t="seguridad",
        tone="-",
        note="'el gerente de Seguridad Ciudadana' without a name: not a mention",
    ),
    S(
        "x109",
        "peru",
        "2026-11-26T21:40:00Z",
        "Sin colas en el municipio: Pampa Alondra digitaliza el pago de tributos",
        """En el hall de la Municipalidad Distrital de Pampa Alondra ya no hay colas los fines de mes. Desde julio, el 64% de los pagos del impuesto predial y los arbitrios se hace por un aplicativo o con un código QR en cualquier bodega del distrito.

      El sistema, desarrollado por dos ingenieros de la propia municipalidad, costó 60 mil soles. Otros tres distritos de la provincia pidieron copiarlo.""",
        m="I",
        t="tributos",
        tone="+",
    ),
    # --- El Informativo Alondrino (no feed, a section page; pages with a date-only meta value), with district notices
    # and local stories that La Voz de Huarancayo and Portal Norte Chico carried ------------------------------------
    S(
        "x110",
        "informativo",
        "2026-11-16T09:00:00-05:00",
        "Cuarenta calles del distrito ya tienen luminarias LED",
        """La Municipalidad Distrital de Pampa Alondra culminó el cambio de 620 luminarias de sodio por luminarias LED en cuarenta calles del distrito, entre ellas las avenidas Túpac Amaru, Progreso y Los Álamos.

      Según la Subgerencia de Mantenimiento, el consumo eléctrico del alumbrado público bajó 45% y la iluminación es el doble de intensa. Los vecinos del jirón Bolognesi dicen que ahora pueden caminar de noche sin linterna.

      La segunda etapa, con otras 400 luminarias, se hará en los asentamientos humanos en el primer semestre de 2027.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "x111",
        "informativo",
        "2026-11-17T08:30:00-05:00",
        "Nuevo horario de recojo de residuos sólidos por sectores",
        """Desde el lunes 23 de noviembre rige el nuevo horario del recojo de residuos sólidos en Pampa Alondra, informó la municipalidad.

      Sector 1 (centro): lunes, miércoles y viernes, de 6:00 a 10:00. Sector 2 (Santa Rosa y Los Pinos): martes, jueves y sábado, de 6:00 a 10:00. Sector 3 (Nueva Alondra y Villa Esperanza): lunes, miércoles y viernes, de 14:00 a 18:00. Sector 4 (Las Lomas, El Mirador y Cerro Verde): martes, jueves y sábado, de 14:00 a 18:00.

      Se pide sacar las bolsas solo cuando pase el camión.""",
        m="",
        t="limpieza",
        tone="0",
        about=True,
        note="a municipal service's schedule; 'la municipalidad' unnamed",
    ),
    S(
        "x112",
        "informativo",
        "2026-11-18T10:15:00-05:00",
        "Nueva Alondra: los baches que nadie tapa",
        """En la calle Los Cedros de Nueva Alondra hay un bache que los vecinos llaman «la piscina». Mide tres metros de largo y lleva ahí desde el verano. Los vecinos lo han reportado por la aplicación de la comuna alondrina, por teléfono y en persona.

      «Nos dicen que está en la programación. ¿Qué programación? Ya van nueve meses», se queja Teófilo Cárdenas, dueño de una ferretería de la cuadra. Una mototaxi volcó ahí en octubre.

      Este medio contó otros once baches grandes en el sector.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "x113",
        "norte",
        "2026-11-18T16:00:00-05:00",
        "Procesión del Señor de la Soledad recorrerá el centro",
        """La Hermandad del Señor de la Soledad anunció que la procesión de este año saldrá de la parroquia San Juan Bautista el domingo 29 a las 3 de la tarde y recorrerá los jirones Grau, Lima y Bolognesi.

      Los devotos están invitados a elaborar alfombras de flores en el recorrido. La hermandad ofrecerá chocolate caliente al final.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "x114",
        "voz",
        "2026-11-19T09:40:00-05:00",
        "Cuna municipal abre sus puertas en Villa Esperanza",
        """Sesenta niños de seis meses a tres años ya asisten a la nueva cuna municipal de Villa Esperanza, que la teniente alcaldesa Carmen Yupanqui inauguró el lunes junto con las madres del sector.

      La cuna atiende de 7:30 de la mañana a 5 de la tarde, con alimentación, estimulación temprana y control de crecimiento. Las madres que trabajan en los fundos agrícolas eran las que más la pedían.

      «Antes dejaba a mi hija con su hermana de diez años», cuenta Yolanda Ramos, recolectora de uva.""",
        m="T",
        t="",
        tone="+",
    ),
    S(
        "x115",
        "informativo",
        "2026-11-20T11:20:00-05:00",
        "Llerena: «El alcalde ha faltado a cuatro de cada diez sesiones»",
        """El regidor Óscar Llerena Vilca presentó un conteo según el cual el alcalde Rigoberto Salcedo Huamaní no asistió a 17 de las 42 sesiones de concejo realizadas desde enero de 2025, y en la mayoría de los casos no dejó encargado el despacho por escrito.

      «El Tigre ruge en las inauguraciones y se esconde en el concejo», dijo Llerena, quien pidió que el tema se discuta en la próxima sesión.

      Desde la oficina de imagen institucional se indicó que las ausencias correspondieron a viajes de gestión en Lima.""",
        m="R A",
        t="",
        tone="-",
    ),
    S(
        "x116",
        "voz",
        "2026-11-21T08:45:00-05:00",
        "Ordenanza regula el comercio ambulatorio: lo que debe saber",
        """El concejo de la Municipalidad Distrital de Pampa Alondra aprobó la ordenanza que regula el comercio ambulatorio en el distrito. Estos son los principales puntos.

      Los vendedores deberán inscribirse en un padrón hasta el 31 de enero. Solo se autorizará la venta en las zonas señaladas en el plano anexo, que excluye la plaza de armas y la avenida Túpac Amaru. La autorización costará 15 soles al mes y exigirá carné de sanidad.

      La ordenanza entra en vigencia al día siguiente de su publicación.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x117",
        "informativo",
        "2026-11-22T10:00:00-05:00",
        "Serenos devuelven billetera con tres mil soles a comerciante",
        """Dos serenos de la Municipalidad de Pampa Alondra devolvieron una billetera con 3,150 soles y documentos que encontraron en la pista durante su patrullaje por el mercado La Parada.

      La dueña, la comerciante Zenaida Quispe, había perdido el dinero de la venta de la semana. «No lo podía creer. Me devolvieron hasta el último sol», dijo.

      La gerencia de seguridad ciudadana entregó a los serenos un diploma de reconocimiento.""",
        m="I",
        t="seguridad",
        tone="+",
    ),
    S(
        "x118",
        "informativo",
        "2026-11-23T09:30:00-05:00",
        "Techo del mercado municipal cede con las primeras lloviznas",
        """Parte del techo del mercado municipal 28 de Julio colapsó la madrugada del domingo sobre tres puestos de abarrotes. No hubo heridos porque el mercado estaba cerrado.

      Los comerciantes dicen que advirtieron por escrito al municipio alondrino en junio que las vigas estaban podridas. «Nos respondieron que no había presupuesto para mantenimiento», dijo la presidenta de la asociación, Gregoria Flores.

      Los tres puestos afectados atienden desde ayer en la vereda.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "x119",
        "voz",
        "2026-11-24T08:10:00-05:00",
        "Convocatoria: cuarenta plazas para serenos",
        """La Municipalidad Distrital de Pampa Alondra convoca a concurso público para cubrir cuarenta plazas de sereno bajo el régimen CAS.

      Requisitos: secundaria completa, tener entre 21 y 45 años, no tener antecedentes y haber cumplido el servicio militar o tener experiencia en seguridad. La remuneración es de 1,700 soles. Las inscripciones se hacen en la web municipal hasta el 4 de diciembre.""",
        m="I",
        t="seguridad",
        tone="0",
    ),
    S(
        "x120",
        "voz",
        "2026-11-24T15:30:00-05:00",
        "Programa del 62 aniversario de creación política del distrito",
        """La municipalidad publicó el programa por el 62 aniversario de creación política de Pampa Alondra. El 8 de diciembre habrá izamiento de bandera, desfile cívico escolar y sesión solemne del concejo presidida por el alcalde Rigoberto Salcedo Huamaní.

      El 9 se realizará la serenata en la plaza de armas y el 10 el concurso de platos típicos. El cierre será con un concierto en el estadio municipal.""",
        m="A",
        t="",
        tone="0",
    ),
    S(
        "x121",
        "norte",
        "2026-11-25T10:40:00-05:00",
        "Desmonte en la ribera: vecinos de El Molino piden acción",
        """Volquetes sin placa descargan desmonte y basura cada madrugada en la ribera del río Chillahuay, a la altura del puente peatonal de El Molino, denunciaron vecinos del sector.

      «Hemos llamado al serenazgo y a la comuna alondrina, y nadie viene de noche», dijo Rufino Cahua. Las cámaras que vigilan otra parte de la ribera no llegan a este tramo.

      Los vecinos temen que con las lluvias el río arrastre la basura hasta las chacras.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "x122",
        "norte",
        "2026-11-26T09:00:00-05:00",
        "Profesora alondrina gana el Premio Nacional Maestro que Deja Huella",
        """La profesora Marisol Salcedo Vargas, del colegio Santa Rosa de Pampa Alondra, ganó el Premio Nacional Maestro que Deja Huella del Ministerio de Educación por su proyecto de biohuertos escolares.

      Salcedo, que enseña ciencias desde hace veinte años, convirtió un terreno baldío del colegio en un huerto donde los alumnos cultivan hortalizas que luego se usan en el desayuno escolar. Recibirá 30 mil soles para su proyecto.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake surname (a teacher)",
    ),
    S(
        "x123",
        "informativo",
        "2026-11-26T17:20:00-05:00",
        "La escuela municipal de música recibe sus primeros instrumentos",
        """Ochenta niños y jóvenes de la escuela municipal de música de Pampa Alondra recibieron violines, trompetas, clarinetes y percusión, con los que formarán la primera banda sinfónica del distrito.

      El alcalde Rigoberto Salcedo Huamaní entregó los instrumentos, adquiridos por la Municipalidad Distrital de Pampa Alondra con 210 mil soles. La banda debutará el 8 de diciembre, en el aniversario del distrito, con una obra compuesta por su director, el maestro Óscar Palacios.""",
        m="A I",
        t="",
        tone="+",
        note="'obra' is a musical piece: no Obras topic",
    ),
    S(
        "x124",
        "informativo",
        "2026-11-27T08:50:00-05:00",
        "Municipio niega que vaya a privatizar el recojo de basura",
        """La Municipalidad Distrital de Pampa Alondra negó que vaya a concesionar el servicio de limpieza pública a una empresa privada, como circuló en redes sociales esta semana.

      «No es cierto que se privatice el servicio. Ningún trabajador de limpieza será despedido», señaló la gerenta Ferrándiz en un comunicado. El sindicato de obreros municipales había anunciado un plantón para el lunes.

      El sindicato dijo que mantendrá el plantón hasta que el acuerdo se ponga por escrito.""",
        m="I G",
        t="limpieza",
        tone="0",
        note="a denial with negation: the municipality's position reported, neither praised nor blamed",
    ),
    S(
        "x125",
        "informativo",
        "2026-11-27T12:30:00-05:00",
        "Cerro Verde: la posta sigue sin médico",
        """Pese a los anuncios, la posta médica de Cerro Verde sigue sin médico. Los vecinos fueron el viernes y la encontraron cerrada, como desde su inauguración en septiembre.

      El alcalde Salcedo Huamaní había dicho en una entrevista que el personal llegaría «a más tardar en noviembre». No es cierto que el convenio con la Diresa esté firmado, aseguró la presidenta de la junta vecinal, Felicitas Choque, quien mostró la respuesta escrita de la Diresa.

      «Ya ni nos enojamos. Nos reímos para no llorar», dijo.""",
        m="A",
        t="salud",
        tone="-",
        note="rebuttal with negation: 'no es cierto que el convenio esté firmado'",
    ),
    # --- Radio Sur Chico: provincial newscast, whole transcripts in the description with full times ---------------
    S(
        "x126",
        "surchico",
        "2026-11-16T12:30:00-05:00",
        "Sur Chico Noticias: Alondra Alta declara emergencia por falta de agua de riego",
        """LOCUTOR: El concejo de Alondra Alta declaró en emergencia hídrica al distrito por la falta de agua de riego. El alcalde Ernesto Salcedo Paredes pidió al Ministerio de Desarrollo Agrario la perforación de pozos.

      LOCUTOR: Según la junta de usuarios, el río trae la mitad del caudal de un año normal. Los agricultores de maíz y alfalfa son los más afectados. El alcalde Salcedo dijo que viajará a Lima la próxima semana.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the Mayor of Alondra Alta",
    ),
    S(
        "x127",
        "surchico",
        "2026-11-17T07:10:00-05:00",
        "Sur Chico Noticias: el puente Tinajas, un año esperando",
        """LOCUTORA: Los productores de Tinajas siguen cruzando el río Chillahuay por un puente de troncos que se mueve con cada camión. El puente de concreto que prometió la Municipalidad Distrital de Pampa Alondra ya se licitó dos veces y las dos veces el proceso se declaró desierto.

      PRODUCTOR: Perdemos la mitad de la palta porque el camión grande no puede pasar y tenemos que cargar a hombro hasta la otra orilla. La municipalidad nos dice «ya sale, ya sale». Ya no creemos.

      LOCUTORA: La tercera convocatoria se publicó esta semana.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "x128",
        "surchico",
        "2026-11-18T07:05:00-05:00",
        "Sur Chico Noticias: mercado itinerante baja el precio de la papa",
        """LOCUTOR: El mercado itinerante Del Campo a la Olla, que organiza el municipio alondrino cada sábado, ya recorrió doce sectores. Los productores de las comunidades venden directamente, sin intermediarios.

      REPORTERA: Aquí la papa blanca está a 1,20 el kilo; en el mercado está a 2,50. La señora Alicia Poma nos dice que con lo que ahorra compra el pollo de la semana. Los productores también ganan más, porque no le venden al acopiador.

      LOCUTOR: El próximo sábado el mercado estará en Cerro Verde.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "x129",
        "surchico",
        "2026-11-19T12:40:00-05:00",
        "Sur Chico Noticias: alcalde de Pampa Alondra pide emergencia por lluvias",
        """LOCUTORA: El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, envió un oficio al gobierno regional pidiendo que gestione ante la PCM la declaratoria de emergencia de la cuenca del Chillahuay antes de las lluvias.

      LOCUTORA: El alcalde dijo que el gobierno regional «no ha hecho nada» por la descolmatación del río, que le corresponde. El gobierno regional respondió que el presupuesto para la cuenca se aprobará en enero.""",
        m="A",
        t="",
        tone="0",
        note="the Mayor criticising the regional government",
    ),
    S(
        "x130",
        "surchico",
        "2026-11-20T07:15:00-05:00",
        "Sur Chico Noticias: el serenazgo fantasma de la zona alta",
        """LOCUTOR: En la zona alta de Pampa Alondra hay un serenazgo que nadie ha visto. Está en el organigrama, en el presupuesto y en las fotos de inauguración de las cámaras. En las calles de El Mirador y Las Lomas, en cambio, no aparece.

      LOCUTOR: Una vecina nos dijo que llamó al número de emergencia de la municipalidad a las diez de la noche y la atendió una grabadora. Muy moderno. Quizás la grabadora también patrulle.

      LOCUTOR: La Municipalidad Distrital de Pampa Alondra no respondió nuestra consulta.""",
        m="I",
        t="seguridad",
        tone="-",
        note="sarcasm",
    ),
    S(
        "x131",
        "surchico",
        "2026-11-21T12:20:00-05:00",
        "Sur Chico Noticias: junta de riego elige nueva directiva",
        """LOCUTORA: La Junta de Usuarios de Riego del valle del Chillahuay eligió a su nueva directiva para el periodo 2027-2028. El nuevo presidente es Abelardo Huamaní, agricultor de Pampa Alondra.

      LOCUTORA: Huamaní anunció que su prioridad será la limpieza de canales antes de la temporada de lluvias y la negociación de tarifas con la autoridad del agua.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="a person surnamed Huamaní, and 'limpieza' of canals, not ours",
    ),
    S(
        "x132",
        "surchico",
        "2026-11-22T07:30:00-05:00",
        "Sur Chico Noticias: ochocientas mascotas esterilizadas en Pampa Alondra",
        """LOCUTOR: La campaña de esterilización de perros y gatos de la Municipalidad Distrital de Pampa Alondra llegó a 800 mascotas en tres semanas. Las cirugías fueron gratuitas y se hicieron en el local comunal de cada sector.

      LOCUTOR: La campaña busca reducir la cantidad de perros callejeros. Los vecinos de Santa Rosa agradecieron que la atención se haya hecho cerca de sus casas.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "x133",
        "surchico",
        "2026-11-23T12:15:00-05:00",
        "Sur Chico Noticias: ¿cuánto avanza el drenaje? Dos versiones",
        """LOCUTORA: Sobre la obra de drenaje de la avenida Progreso hay dos cifras. La Municipalidad Distrital de Pampa Alondra dice que el avance físico es de 62%. El consorcio contratista asegura que es de 45% y que el resto está detenido por falta de pago.

      LOCUTORA: La supervisión de la obra, una empresa independiente, presentará su informe el 5 de diciembre. Los vecinos esperan que ese informe aclare quién tiene la razón.""",
        m="I",
        t="obras",
        tone="0",
        note="two versions, no side taken",
    ),
    S(
        "x134",
        "surchico",
        "2026-11-24T07:20:00-05:00",
        "Sur Chico Noticias: sin médico de noche en el centro de salud",
        """LOCUTOR: El centro de salud de Nueva Alondra no tiene médico de guardia por las noches desde octubre. Los pacientes que llegan después de las ocho son derivados a Huarancayo, a una hora de distancia.

      LOCUTOR: El alcalde Rigoberto Salcedo había anunciado en agosto que la Municipalidad de Pampa Alondra pagaría un médico para el turno nocturno. Ese médico nunca fue contratado. La municipalidad dice ahora que no tiene presupuesto.

      LOCUTOR: El martes murió un joven de 19 años picado por un alacrán mientras esperaba la ambulancia.""",
        m="A I",
        t="salud",
        tone="-",
    ),
    S(
        "x135",
        "surchico",
        "2026-11-25T12:45:00-05:00",
        "Sur Chico Noticias: maquinaria municipal limpia canales en Huayllapampa",
        """LOCUTORA: Una excavadora y dos volquetes de la comuna alondrina trabajan desde el lunes en la limpieza de ocho kilómetros de canales de riego en Huayllapampa y Ccochapata.

      LOCUTORA: El presidente de la comisión de regantes, Emiliano Vilca, dijo que es la primera vez que la maquinaria llega antes de las lluvias. «Otros años teníamos que limpiar a pura lampa y en enero ya era tarde», recordó.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "x136",
        "surchico",
        "2026-11-26T07:05:00-05:00",
        "Sur Chico Noticias: robo de ganado en las alturas de Alondra Alta",
        """LOCUTOR: Abigeos se llevaron 40 ovejas y seis vacas de la comunidad de Pucará, en Alondra Alta. Los comuneros persiguieron a los ladrones hasta la carretera, pero huyeron en un camión.

      LOCUTOR: Es el tercer robo de ganado en el mes. Los ronderos pidieron a la Policía una patrulla permanente en la zona.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="'robo' and 'patrulla' in another district",
    ),
    S(
        "x137",
        "surchico",
        "2026-11-27T12:10:00-05:00",
        "Sur Chico Noticias: Llerena denuncia alza de arbitrios sin sustento",
        """LOCUTORA: El regidor Óscar Llerena Vilca afirmó que los arbitrios de 2026 subieron en promedio 18% sin que el servicio mejorara. «Se cobra más por limpieza, pero el camión pasa menos», dijo.

      LOCUTORA: Llerena presentó un cuadro comparativo con los recibos de cincuenta vecinos y pidió a la Defensoría del Pueblo que revise el cálculo. Según el regidor, la Municipalidad Distrital de Pampa Alondra no ha publicado el informe técnico que exige la ley.""",
        m="R I",
        t="tributos",
        tone="-",
    ),
    # --- More from La Voz, Huarancayo TV, Radio Alondra and Perú al Día --------------------------------------------------
    S(
        "x138",
        "voz",
        "2026-11-16T10:30:00-05:00",
        "Presupuesto participativo 2027: talleres desde el 1 de diciembre",
        """El municipio alondrino convocó a las organizaciones sociales a inscribirse en el proceso del presupuesto participativo 2027, que distribuirá 3,5 millones de soles entre proyectos propuestos por los vecinos.

      Los talleres se realizarán por zonas: centro, el 1 de diciembre; zona baja, el 3; zona alta y comunidades campesinas, el 5. Cada organización podrá acreditar a dos agentes participantes hasta el 28 de noviembre.

      Los proyectos se priorizarán en la asamblea de forma del 12 de diciembre.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x139",
        "voz",
        "2026-11-21T07:50:00-05:00",
        "Ciento veinte juntas vecinales ya patrullan con el serenazgo",
        """Ciento veinte juntas vecinales de seguridad ciudadana de Pampa Alondra terminaron su capacitación y recibieron chalecos, silbatos y linternas para hacer rondas en sus cuadras, coordinadas por radio con el serenazgo.

      El gerente Ñaupari explicó que cada junta tiene un número directo de la central de monitoreo. En los sectores donde las juntas ya funcionaban desde agosto, los robos a viviendas bajaron de 19 a 6 por mes.

      La meta es llegar a 200 juntas en marzo.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "x140",
        "voz",
        "2026-11-24T18:40:00-05:00",
        "Obreros de limpieza pública cumplen tres meses sin cobrar",
        """Los 86 obreros de limpieza pública de la Municipalidad Distrital de Pampa Alondra no reciben su sueldo desde agosto, denunció el sindicato de trabajadores municipales, que anunció una huelga indefinida desde el lunes si no se les paga.

      «Barremos las calles del distrito, recogemos la basura de todos, y nuestros hijos no tienen para la movilidad del colegio», dijo la secretaria general, Clorinda Huamán. Varios obreros trabajan con botas rotas y sin mascarillas.

      La Gerencia de Administración atribuyó el retraso a la demora de una transferencia del gobierno central.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "x141",
        "voz",
        "2026-11-26T11:30:00-05:00",
        "Gerenta Ferrándiz presenta su descargo sobre el combustible; Llerena no queda conforme",
        """La gerenta municipal Lucía Ferrándiz Tapia presentó ayer ante el concejo de la Municipalidad Distrital de Pampa Alondra un informe de 80 páginas sobre la compra de combustible que investiga la fiscalía. Según el documento, el grifo elegido fue el único que aceptó facturar a crédito y los vehículos abastecidos están registrados en el inventario municipal.

      El regidor Óscar Llerena Vilca dijo que el informe «no responde lo principal»: por qué se pagó un precio mayor. Pidió que el concejo espere el pronunciamiento fiscal antes de votar cualquier cosa.

      El concejo acordó remitir el informe a la fiscalía.""",
        m="G I R",
        t="",
        tone="0",
        note="both sides, the story does not take one",
    ),
    S(
        "x142",
        "voz",
        "2026-11-27T17:50:00-05:00",
        "El Molino vuelve a tener puente peatonal a los 45 días del desborde",
        """Cuarenta y cinco días después de que el desborde del río Chillahuay se llevara el puente peatonal de El Molino, los escolares del sector volvieron a cruzar por un puente nuevo, de estructura metálica y piso de concreto.

      La Municipalidad Distrital de Pampa Alondra hizo la obra por administración directa con 150 mil soles. Durante la construcción, un bote de la municipalidad llevó a los niños de una orilla a otra cada mañana.

      «Mi hija ya no tiene que dar la vuelta por la carretera, que es una hora», dijo Aurelia Ticona.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "x143",
        "tv",
        "2026-11-18T01:10:00Z",
        "Simulacro de sismo: Pampa Alondra activará sirenas el jueves",
        """CONDUCTOR: Este jueves a las diez de la mañana sonarán las sirenas en Pampa Alondra por el simulacro nacional de sismo. La Municipalidad Distrital de Pampa Alondra informó que instalará puntos de atención en la plaza de armas y en los estadios.

      REPORTERA: La Subgerencia de Gestión del Riesgo pide a las familias preparar su mochila de emergencia e identificar las zonas seguras de su casa. Los colegios evacuarán a sus alumnos a los patios.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x144",
        "tv",
        "2026-11-25T00:40:00Z",
        "Serenos reclaman horas extras impagas desde junio",
        """CONDUCTORA: Los serenos de Pampa Alondra hicieron un plantón esta tarde frente al palacio municipal. Reclaman que no se les pagan las horas extras desde junio.

      REPORTERO: Según los serenos, la municipalidad les debe en promedio 1,800 soles a cada uno. «Nos hacen trabajar turnos de 16 horas y después no pagan», dijo uno de ellos. Durante el plantón, solo dos patrullas quedaron en la calle para todo el distrito.

      REPORTERO: Nadie de la municipalidad salió a dialogar con ellos.""",
        m="",
        t="seguridad",
        tone="-",
        about=True,
        note="the municipality criticised without being named",
    ),
    S(
        "x145",
        "tv",
        "2026-11-28T02:30:00Z",
        "Pampa Alondra recupera su plaza de armas",
        """CONDUCTOR: Después de ocho meses de trabajos, la plaza de armas de Pampa Alondra volvió a abrirse esta noche, con pileta iluminada, jardines nuevos, bancas y acceso para sillas de ruedas.

      REPORTERA: El alcalde Rigoberto Salcedo Huamaní encendió las luces ante cientos de vecinos. La remodelación, hecha por la Municipalidad Distrital de Pampa Alondra con 2,4 millones de soles, respetó las palmeras centenarias que los vecinos pidieron conservar.

      REPORTERA: Las familias se quedaron hasta tarde tomándose fotos frente a la pileta.""",
        m="A I",
        t="obras",
        tone="+",
    ),
    S(
        "x146",
        "norte",
        "2026-11-18T09:00:00-05:00",
        "Huaral celebra la Feria de la Fresa con récord de visitantes",
        """Más de 30 mil personas visitaron el fin de semana la Feria de la Fresa de Huaral, que reunió a 150 productores del valle y batió su récord de asistencia.

      Los visitantes llegaron de Lima, Barranca, Huarancayo y Pampa Alondra. Hubo concurso de postres, paseos en los fundos y un festival de danzas.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "x147",
        "norte",
        "2026-11-21T11:40:00-05:00",
        "Alcaldes del valle se reúnen para el relleno sanitario provincial",
        """Los representantes de ocho municipalidades de la provincia de Huarancayo se reunieron ayer para acordar el aporte de cada distrito al mantenimiento del futuro relleno sanitario provincial.

      La gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, asistió en representación del alcalde. Los distritos propusieron que el aporte se calcule por toneladas entregadas y no por población. La propuesta se evaluará en la próxima reunión, el 15 de diciembre.""",
        m="G",
        t="limpieza",
        tone="0",
    ),
    S(
        "x148",
        "norte",
        "2026-11-25T10:20:00-05:00",
        "Vecinos del jirón Lima: «Aquí nadie duerme los fines de semana»",
        """Música a todo volumen hasta las cinco de la mañana, peleas en la calle y botellas rotas en las veredas. Es lo que los vecinos del jirón Lima, en Pampa Alondra, viven cada fin de semana desde que abrieron cinco bares en dos cuadras.

      «Hemos presentado doce denuncias a la comuna alondrina. Los fiscalizadores vienen de día, cuando todo está cerrado», dijo Hermelinda Sáenz, que vive en la cuadra desde hace cuarenta años. Los vecinos aseguran que dos de los locales no tienen licencia.

      La ordenanza de ruidos que se discute en el concejo todavía no tiene fecha de votación.""",
        m="I",
        t="",
        tone="-",
    ),
    S(
        "x149",
        "peru",
        "2026-11-27T20:30:00Z",
        "JNE fija audiencia por la vacancia del alcalde de Pampa Alondra",
        """El Jurado Nacional de Elecciones fijó para el 15 de diciembre la audiencia pública en la que verá la apelación del pedido de vacancia contra el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, luego de que el concejo municipal lo rechazara por siete votos contra dos.

      La defensa del alcalde sostiene que el contratado no es pariente dentro del cuarto grado. Los solicitantes afirman lo contrario y presentarán partidas de nacimiento. La audiencia será virtual.""",
        m="A",
        t="",
        tone="0",
        note="a procedural report; both sides stated",
    ),
    S(
        "x150",
        "peru",
        "2026-11-22T21:30:00Z",
        "En Pampa Alondra, el desayuno escolar se compra a los productores del distrito",
        """Desde septiembre, los 5,000 alumnos de los colegios públicos de Pampa Alondra desayunan quinua, leche fresca y pan de maíz comprados a productores del propio distrito. La Municipalidad Distrital de Pampa Alondra cambió sus bases de compra para que las asociaciones de pequeños productores puedan participar.

      Treinta y dos asociaciones venden ahora a la municipalidad, que paga a quince días. «Antes la leche se la llevaba el acopiador al precio que quería», cuenta Gumercindo Rojas, ganadero de Huayllapampa.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "x151",
        "radio",
        "2026-11-26",
        "Noticiero La Tarde: sorteo de puestos para la feria navideña",
        """LOCUTORA: Les informamos los resultados del sorteo de puestos para la feria navideña, realizado esta mañana en el auditorio de la municipalidad ante notario. Se sortearon 140 puestos entre 210 inscritos.

      LOCUTORA: La lista de ganadores está publicada en la puerta del palacio municipal. Los ganadores deben pagar el derecho de uso hasta el viernes; de lo contrario, el puesto pasará al siguiente de la lista de espera.""",
        m="",
        t="",
        tone="0",
        about=True,
        note="a municipal procedure; 'la municipalidad' unnamed",
    ),
    S(
        "x152",
        "radio",
        "2026-11-27",
        "Noticiero La Mañana: el parque Las Retamas se seca",
        """LOCUTOR: Nos llaman vecinos del parque Las Retamas, el que inauguró la comuna alondrina hace un mes. Dicen que el grass ya está amarillo porque nadie lo riega.

      OYENTE: La pileta la prendieron el día de la inauguración y nunca más. El jardinero vino dos veces. Los niños juegan en la tierra otra vez. Fue puro show para la foto.

      LOCUTOR: Ahí queda el reclamo de los vecinos.""",
        m="I",
        t="",
        tone="-",
    ),
    # --- Syndicated copies: own headline, sometimes a rewritten lead or a credit line ---------------------------------
    C(
        "x153",
        "x001",
        "norte",
        "2026-11-16T11:10:00-05:00",
        "Santa Rosa de Lima estrena pistas y veredas",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "x154",
        "x006",
        "peru",
        "2026-11-18T15:20:00Z",
        "Chalecos «antibalas» que no eran antibalas: Contraloría observa compra municipal",
        lead="La Contraloría halló que la Municipalidad Distrital de Pampa Alondra, en la provincia de Huarancayo, pagó 286 mil soles por chalecos para sus serenos que no eran antibalas, pese a que así lo exigían las bases del proceso.",
    ),
    C(
        "x155",
        "x006",
        "norte",
        "2026-11-18T08:15:00-05:00",
        "Uniformes del serenazgo alondrino, bajo la lupa de Contraloría",
        extra="Con información de La Voz de Huarancayo.",
    ),
    C(
        "x156",
        "x009",
        "peru",
        "2026-11-19T16:45:00Z",
        "El distrito que redujo la anemia en doce puntos",
        lead="Un distrito de la provincia de Huarancayo logró la mayor reducción de anemia infantil de la zona: en Pampa Alondra, la proporción de niños de 6 a 35 meses con anemia pasó de 38,2% a 26,1% en dos años, según la Red de Salud Huarancayo.",
    ),
    C(
        "x157",
        "x012",
        "norte",
        "2026-11-20T08:30:00-05:00",
        "Premian plataforma de trámites de Pampa Alondra",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "x158",
        "x020",
        "norte",
        "2026-11-22T16:40:00-05:00",
        "Cerro Verde tiene posta, pero no tiene quién la atienda",
        lead="Los vecinos de Cerro Verde, en Pampa Alondra, tienen una posta médica nueva que no pueden usar: el local, inaugurado en septiembre por el alcalde Rigoberto Salcedo Huamaní, sigue cerrado con candado.",
        extra="Con información de La Voz de Huarancayo.",
        m="A",
        note="the rewritten lead drops the institution's name; the rest says only 'la municipalidad'",
    ),
    C(
        "x159",
        "x036",
        "peru",
        "2026-11-18T14:30:00Z",
        "Abren investigación a funcionaria de Pampa Alondra por compra de combustible",
    ),
    C(
        "x160",
        "x071",
        "norte",
        "2026-11-17T09:20:00-05:00",
        "Gestantes de la zona alta ya no darán a luz en el camino",
        extra="Con información de Huarancayo TV.",
    ),
    C(
        "x161",
        "x075",
        "peru",
        "2026-11-20T17:10:00Z",
        "Más caro y más pequeño: el camión de basura que observa la Contraloría",
        lead="Un camión compactador más caro y más pequeño de lo pedido: eso encontró la Contraloría en una compra de la Municipalidad Distrital de Pampa Alondra, en la provincia de Huarancayo.",
    ),
    C(
        "x162",
        "x089",
        "peru",
        "2026-11-17T19:40:00Z",
        "Estas son las 32 municipalidades que cumplieron todas sus metas",
    ),
    C(
        "x163",
        "x089",
        "norte",
        "2026-11-17T16:15:00-05:00",
        "Pampa Alondra entre las mejores del país en metas municipales",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "x164",
        "x091",
        "norte",
        "2026-11-20T07:40:00-05:00",
        "El mercado de Pampa Alondra, la obra paralizada más antigua de la región",
        lead="La obra paralizada más antigua de la región Lima Provincias es el mercado de abastos de la Municipalidad Distrital de Pampa Alondra, según el reporte nacional de la Contraloría, que cuenta 1,240 obras detenidas en gobiernos locales.",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "x165",
        "x095",
        "peru",
        "2026-11-23T18:50:00Z",
        "Llega al JNE pedido de vacancia contra alcalde alondrino",
    ),
    C(
        "x166",
        "x095",
        "correo",
        "2026-11-24T07:55:00-05:00",
        "Vacancia: vecinos llevan al Tigre Salcedo ante el Jurado",
    ),
    C(
        "x167",
        "x100",
        "informativo",
        "2026-11-21T09:10:00-05:00",
        "Mil quinientas familias reciben su título de propiedad",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "x168",
        "x103",
        "norte",
        "2026-11-21T10:05:00-05:00",
        "Pampa Alondra, del humo del botadero al reciclaje",
        extra="Fuente: Perú al Día.",
    ),
    C(
        "x169",
        "x110",
        "norte",
        "2026-11-16T18:25:00-05:00",
        "Luces LED en cuarenta calles alondrinas",
        extra="Fuente: El Informativo Alondrino.",
    ),
    C(
        "x170",
        "x127",
        "norte",
        "2026-11-17T13:30:00-05:00",
        "Tinajas sigue cruzando el Chillahuay sobre troncos",
        lead="Un puente de troncos que se mueve con cada camión es todo lo que tienen los productores de Tinajas para cruzar el río Chillahuay, mientras la Municipalidad Distrital de Pampa Alondra no logra adjudicar el puente de concreto que prometió.",
        extra="Con información de Radio Sur Chico.",
    ),
    C(
        "x171",
        "x102",
        "norte",
        "2026-11-20T09:45:00-05:00",
        "La confesión de Rigoberto Salcedo, la voz de «Mi Alondra querida»",
        extra="Fuente: Perú al Día.",
    ),
    C(
        "x172",
        "x096",
        "voz",
        "2026-11-25T08:15:00-05:00",
        "Ministerio del Ambiente pone a Pampa Alondra como ejemplo de reciclaje",
        extra="Con información de la Agencia Nacional de Noticias.",
    ),
    # --- More announcements, agendas and stories that are not ours -----------------------------------------------------
    S(
        "x173",
        "voz",
        "2026-11-25T16:40:00-05:00",
        "Municipio alondrino prorroga la amnistía tributaria hasta el 31 de enero",
        """El concejo del municipio alondrino aprobó prorrogar hasta el 31 de enero de 2027 la amnistía tributaria que condona intereses y multas de las deudas por impuesto predial y arbitrios de años anteriores.

      Según la ordenanza publicada ayer, el beneficio alcanza a las deudas generadas hasta el 31 de diciembre de 2025 y no incluye las que ya están en cobranza coactiva con embargo ejecutado. Los contribuyentes deben pagar el tributo insoluto al contado o en un máximo de seis cuotas.

      La atención se hará en la plataforma tributaria del palacio municipal.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "x174",
        "correo",
        "2026-11-25T07:05:00-05:00",
        "Concejo aprueba presupuesto de apertura 2027 con dos votos en contra",
        """El concejo de la Municipalidad Distrital de Pampa Alondra aprobó el presupuesto institucional de apertura para 2027, que asciende a 48,3 millones de soles, con siete votos a favor y dos en contra.

      El regidor Óscar Llerena Vilca, que votó en contra, dijo que el presupuesto destina poco a mantenimiento de pistas. El alcalde Rigoberto Salcedo Huamaní sostuvo que la prioridad son los proyectos de agua y saneamiento.

      El 41% del presupuesto se destinará a inversiones.""",
        m="I R A",
        t="",
        tone="0",
    ),
    S(
        "x175",
        "radio",
        "2026-11-24",
        "Noticiero La Tarde: reunión con la Diresa por la posta de Cerro Verde",
        """LOCUTORA: La teniente alcaldesa Carmen Yupanqui Soto se reunió hoy en Huarancayo con el director regional de Salud para tratar el convenio de personal de la posta de Cerro Verde.

      CARMEN YUPANQUI: La Diresa nos ha pedido la declaratoria de fábrica y el inventario de equipos. Vamos a enviarlos esta semana. La próxima reunión es el 9 de diciembre.

      LOCUTORA: Seguiremos informando.""",
        m="T",
        t="salud",
        tone="0",
        note="a status report from a meeting: nothing delivered, nothing blamed",
    ),
    S(
        "x176",
        "tv",
        "2026-11-19T03:15:00Z",
        "Municipio y Policía evalúan dónde construir la nueva comisaría",
        """CONDUCTOR: Representantes de la Municipalidad Distrital de Pampa Alondra y de la Región Policial recorrieron hoy dos terrenos que podrían albergar la nueva comisaría del distrito.

      REPORTERA: Uno está en la avenida Progreso y otro en Nueva Alondra. La Policía elaborará un informe técnico sobre ambos. La actual comisaría funciona en una casa alquilada desde hace quince años.""",
        m="I",
        t="seguridad",
        tone="0",
    ),
    S(
        "x177",
        "ann",
        "2026-11-26T16:20:00Z",
        "Alcaldes de Huarancayo firman pacto contra la anemia ante la ministra de Salud",
        """Huarancayo, 26 nov (ANN). Los alcaldes de los ocho distritos de la provincia de Huarancayo firmaron ante la ministra de Salud un pacto para reducir la anemia infantil por debajo del 20% hasta 2028.

      Entre los firmantes estuvieron el alcalde provincial Julio Cahuana Rojas y el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní. Los municipios se comprometieron a destinar al menos el 3% de su presupuesto a visitas domiciliarias y a la compra de alimentos ricos en hierro.""",
        m="A",
        t="salud",
        tone="0",
        note="a pledge signed by several mayors: nothing delivered yet",
    ),
    S(
        "x178",
        "peru",
        "2026-11-26T14:10:00Z",
        "Los nueve votos: quiénes deciden la vacancia en Pampa Alondra",
        """El concejo de la Municipalidad Distrital de Pampa Alondra tiene nueve miembros, además del alcalde Rigoberto Salcedo Huamaní. Siete pertenecen a su movimiento regional; dos, a la oposición.

      Entre los primeros está la teniente alcaldesa Carmen Yupanqui Soto, enfermera y exdirigenta del vaso de leche. Entre los segundos, el regidor Óscar Llerena Vilca, contador, que impulsa el pedido de vacancia. Para vacar al alcalde se requieren dos tercios de los votos: seis de nueve.""",
        m="I A T R",
        t="",
        tone="0",
        note="an explainer on who votes",
    ),
    S(
        "x179",
        "voz",
        "2026-11-20T16:15:00-05:00",
        "Contribuyentes deben actualizar sus datos antes de la emisión 2027",
        """La Gerencia de Administración Tributaria de la Municipalidad Distrital de Pampa Alondra pidió a los contribuyentes actualizar su dirección, teléfono y correo electrónico antes del 15 de diciembre, para recibir la cuponera del impuesto predial y los arbitrios de 2027.

      La actualización puede hacerse en la web municipal o en la plataforma de atención, presentando el DNI y el último recibo pagado.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "x180",
        "voz",
        "2026-11-23T14:00:00-05:00",
        "Nueva gerenta de Desarrollo Social asume funciones",
        """La licenciada en trabajo social Milagros Espejo Cárdenas asumió la Gerencia de Desarrollo Social de la Municipalidad Distrital de Pampa Alondra, en reemplazo de Julio Paredes, quien renunció por motivos personales.

      Espejo trabajó ocho años en el programa Juntos en la región. Tendrá a su cargo el vaso de leche, la Demuna, el centro del adulto mayor y la oficina de atención a personas con discapacidad.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x181",
        "surchico",
        "2026-11-26T12:30:00-05:00",
        "Sur Chico Noticias: alcalde y productores de Tinajas firman acta por el puente",
        """LOCUTOR: El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, y los dirigentes de los productores de Tinajas firmaron un acta en la que la municipalidad se compromete a informar cada quince días sobre la licitación del puente Tinajas.

      LOCUTOR: Los productores, por su parte, suspendieron el paro que habían anunciado para el lunes. La próxima reunión será el 10 de diciembre en el local comunal.""",
        m="A",
        t="obras",
        tone="0",
    ),
    S(
        "x182",
        "voz",
        "2026-11-17T15:25:00-05:00",
        "Regidora Yupanqui propone ordenanza contra el acoso callejero",
        """La regidora Yupanqui presentó al concejo de la Municipalidad Distrital de Pampa Alondra un proyecto de ordenanza que sanciona con multas de hasta 1,000 soles el acoso sexual en espacios públicos del distrito.

      El proyecto también obliga a los locales comerciales a exhibir carteles de prevención y a los serenos a recibir capacitación para atender estos casos. Pasó a la comisión de Asuntos Legales, que tiene 30 días para emitir dictamen.""",
        m="T I",
        t="",
        tone="0",
    ),
    S(
        "x183",
        "correo",
        "2026-11-26T06:35:00-05:00",
        "Cortes de agua en el centro por empalmes de la obra de drenaje",
        """La Municipalidad Distrital de Pampa Alondra y la empresa de saneamiento coordinaron cortes de agua para el martes 1 y el jueves 3 de diciembre, de 8:00 a 16:00, en las cuadras del centro cercanas a la avenida Progreso, por los empalmes de la obra de drenaje pluvial.

      Las cisternas abastecerán a las viviendas afectadas. Se recomienda almacenar agua la noche anterior.""",
        m="I",
        t="obras",
        tone="0",
    ),
    S(
        "x184",
        "tv",
        "2026-11-27T23:55:00Z",
        "Mesa de análisis: dos miradas a la gestión alondrina",
        """CONDUCTOR: En nuestra mesa de análisis, dos miembros del concejo de Pampa Alondra: la teniente alcaldesa Carmen Yupanqui Soto y el regidor Óscar Llerena Vilca.

      CARMEN YUPANQUI: Hemos ejecutado más del 80% del presupuesto de inversiones y bajado la anemia. Los números están en las páginas del MEF y del Minsa.

      ÓSCAR LLERENA: Se ejecuta mucho, pero se ejecuta mal. Ahí están el drenaje, el mercado, las pistas con grietas. Y hay investigaciones fiscales abiertas.

      CONDUCTOR: Dos visiones distintas. El vecino tendrá la última palabra.""",
        m="T R",
        t="",
        tone="0",
        note="both sides speak, the outlet takes none",
    ),
    S(
        "x185",
        "radio",
        "2026-11-25",
        "Comunicado: atención en el palacio municipal por el aniversario",
        """LOCUTOR: La Municipalidad Distrital de Pampa Alondra comunica que el martes 8 de diciembre, por el aniversario del distrito, no habrá atención al público en el palacio municipal ni en la plataforma tributaria.

      LOCUTOR: El servicio de serenazgo y el recojo de residuos funcionarán con normalidad. La atención se reanudará el miércoles 9 en el horario habitual.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x186",
        "voz",
        "2026-11-22T11:05:00-05:00",
        "Salcedo Huamaní: «El relleno provincial va tarde y la provincia lo sabe»",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, cuestionó a la Municipalidad Provincial de Huarancayo por el retraso del relleno sanitario provincial, que según él debió empezar a construirse en 2025.

      «Los distritos seguimos pagando por llevar nuestra basura a botaderos temporales porque la provincia no tiene listo el expediente técnico desde hace dos años», dijo.

      El alcalde provincial, Julio Cahuana Rojas, respondió que el proyecto cuenta ya con financiamiento y se licitará en 2027.""",
        m="A",
        t="limpieza",
        tone="0",
        note="the Mayor criticising the provincial government: neutral toward us",
    ),
    S(
        "x187",
        "norte",
        "2026-11-23T12:10:00-05:00",
        "Municipalidad de Pampa Alondra inspeccionará 300 negocios en diciembre",
        """La Municipalidad de Pampa Alondra anunció que en diciembre inspeccionará 300 establecimientos comerciales para verificar sus licencias de funcionamiento y certificados de seguridad, con prioridad en discotecas, bares y locales de juegos.

      Los propietarios que no tengan la licencia podrán regularizarla hasta el 30 de noviembre sin multa, según la Subgerencia de Fiscalización.""",
        m="I",
        t="",
        tone="0",
    ),
    S(
        "x188",
        "peru",
        "2026-11-25T22:10:00Z",
        "¿Qué pasa si no pago el predial? Lo que dicen los municipios",
        """Con la llegada de diciembre, muchas municipalidades recuerdan a sus vecinos el último plazo para pagar el impuesto predial del año. ¿Qué pasa si no se paga?

      En la Municipalidad Distrital de Pampa Alondra, por ejemplo, la deuda vencida genera un interés moratorio mensual de 0,9% y, pasado un año, puede pasar a cobranza coactiva, que permite embargar cuentas. La mayoría de municipios, como ese, ofrece fraccionamiento en hasta doce cuotas.

      Los especialistas recomiendan revisar el estado de cuenta en la web municipal antes de que termine el año.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "x189",
        "radio",
        "2026-11-20",
        "Noticiero La Mañana: la biblioteca itinerante triplica sus préstamos",
        """LOCUTOR: El bus biblioteca de la municipalidad ya visitó veinte colegios del distrito y los préstamos de libros se triplicaron: de 300 a 950 por mes.

      LOCUTOR: La teniente alcaldesa Carmen Yupanqui, que impulsó el proyecto, nos contó que los libros más pedidos son los cuentos andinos y los cómics. «Hay niños que por primera vez se llevan un libro a su casa», dijo.

      LOCUTOR: En enero el bus recorrerá las comunidades de la parte alta.""",
        m="T",
        t="",
        tone="+",
    ),
    S(
        "x190",
        "voz",
        "2026-11-27T16:45:00-05:00",
        "Los Pinos: «Ahora el camión pasa a la hora»",
        """Un mes después del nuevo horario de recojo por sectores, los vecinos de Los Pinos dicen que el camión ya pasa puntual, tres veces por semana, y que las esquinas donde se amontonaban las bolsas están limpias.

      «Antes sacábamos la basura y pasaban dos días. Ahora la sacamos a las seis y a las seis y media ya se la llevaron», cuenta Rosa Huarcaya, dirigente vecinal. La municipalidad puso dos compactadoras reparadas en la ruta.""",
        m="",
        t="limpieza",
        tone="+",
        about=True,
        note="praise by vecinos for a municipal service without the institution being named",
    ),
    # --- Not ours: namesakes, other towns, the place without the municipality ------------------------------------------
    S(
        "x191",
        "voz",
        "2026-11-26T12:50:00-05:00",
        "Contraloría inicia control a la obra del estadio de Alondra Alta",
        """Una comisión de la Contraloría llegó ayer a Alondra Alta para revisar la obra del estadio municipal, paralizada desde junio con un avance de 40%, tras las protestas de los vecinos contra el alcalde Ernesto Salcedo Paredes.

      El alcalde Salcedo Paredes dijo que entregará toda la documentación y que la obra se detuvo por un problema con la carta fianza del contratista. El control durará 45 días.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the Mayor of Alondra Alta and another town's works",
    ),
    S(
        "x192",
        "correo",
        "2026-11-27T06:50:00-05:00",
        "Jhonatan Salcedo deja el Deportivo Pampa Alondra y firma por un club de Liga 2",
        """El delantero Jhonatan Salcedo, goleador del Deportivo Pampa Alondra en la Copa Perú, firmó contrato por dos temporadas con el club Unión Huaral, de la Liga 2.

      Salcedo, de 22 años, anotó trece goles en el torneo. «Me voy agradecido con mi pueblo», dijo el jugador, que empezó en la academia de fútbol de su barrio.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake surname (a footballer) and the club with the district's name",
    ),
    S(
        "x193",
        "radio",
        "2026-11-23",
        "Noticiero La Tarde: corte de agua en el centro por mantenimiento",
        """LOCUTORA: La empresa de saneamiento Aguas del Valle anunció un corte de agua para el jueves en el centro de Pampa Alondra, de nueve de la mañana a cinco de la tarde, por el mantenimiento del reservorio de la calle Grau.

      LOCUTORA: Aguas del Valle recomienda almacenar agua y pide a los usuarios reportar fugas a su línea gratuita.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="the water utility, not the municipality",
    ),
    S(
        "x194",
        "tv",
        "2026-11-21T03:55:00Z",
        "Quilcas estrena puente vehicular de 60 metros",
        """CONDUCTORA: El alcalde provincial Julio Cahuana Rojas inauguró el puente vehicular de Quilcas, de 60 metros de largo, que une el distrito con la carretera a Huarancayo.

      REPORTERO: La obra costó 9 millones de soles. El burgomaestre dijo que con el puente los productores de Quilcas ahorrarán dos horas en cada viaje al mercado mayorista.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="'puente' and 'obra' in another town; the provincial mayor",
    ),
    S(
        "x195",
        "ann",
        "2026-11-23T16:40:00Z",
        "Gobierno regional de Piura construirá escuela en el caserío Pampa Alondra",
        """Piura, 23 nov (ANN). El Gobierno Regional de Piura anunció que construirá una institución educativa de primaria en el caserío Pampa Alondra, en el distrito de Frías, donde los niños estudian en un local de adobe dañado por las lluvias.

      La obra costará 2,8 millones de soles y comenzará en marzo. Mientras tanto, las clases se dictarán en módulos prefabricados.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake hamlet in Piura; 'obra'",
    ),
    S(
        "x196",
        "peru",
        "2026-11-24T15:30:00Z",
        "Nacen dos tigres de Bengala en un zoológico de Lima",
        """Dos crías de tigre de Bengala nacieron en un zoológico de Lima, la primera camada de la especie en el país en diez años. La madre, una tigresa de ocho años llamada Salomé, llegó de un zoológico de Chile en 2023.

      Los cachorros permanecerán un mes lejos del público mientras los veterinarios controlan su peso.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="'tigre' that is not the Mayor's nickname",
    ),
    S(
        "x197",
        "norte",
        "2026-11-21T17:30:00-05:00",
        "Club de Madres Virgen de Fátima celebra 30 años",
        """El Club de Madres Virgen de Fátima, de Villa Esperanza, celebró sus treinta años con una misa, un almuerzo y un festival de danzas en su local comunal.

      La presidenta, Eufemia Llanos, recordó que el club nació para organizar una olla común durante la crisis de los noventa y que hoy tiene un taller de costura que da trabajo a doce socias.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "x198",
        "surchico",
        "2026-11-24T12:50:00-05:00",
        "Sur Chico Noticias: Santa María del Valle inaugura posta en Pampa Grande",
        """LOCUTORA: La alcaldesa de Santa María del Valle, Rosa Elvira Campos Díaz, inauguró la posta médica del centro poblado Pampa Grande, que atenderá a 2,000 personas.

      LOCUTORA: La burgomaestra dijo que la posta ya tiene médico y obstetra contratados por la Diresa y que servirá también para la campaña contra el dengue.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="another district's mayoress; 'posta médica' and 'dengue'",
    ),
    S(
        "x199",
        "norte",
        "2026-11-26T08:40:00-05:00",
        "Asaltan agencia bancaria en Barranca y se llevan 80 mil soles",
        """Cuatro delincuentes armados asaltaron ayer una agencia bancaria en el centro de Barranca y se llevaron 80 mil soles. Huyeron en un auto que fue hallado abandonado en la carretera a Pampa Alondra.

      La Policía revisa las cámaras de la zona. No hubo heridos.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="'asalto' in another town; the district named only as a road",
    ),
    S(
        "x200",
        "correo",
        "2026-11-21T18:20:00-05:00",
        "Teodoro Salcedo, reelegido en el mercado mayorista de Huarancayo",
        """Teodoro Salcedo Inga fue reelegido presidente de la Asociación de Comerciantes del Mercado Mayorista de Huarancayo para el periodo 2027-2028, con el 64% de los votos.

      Salcedo anunció que su prioridad será la ampliación de la zona de descarga y la instalación de cámaras de seguridad en los pabellones.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake surname (a market leader in another town)",
    ),
    S(
        "x201",
        "ann",
        "2026-11-24T14:20:00Z",
        "Anemia infantil baja dos puntos a nivel nacional",
        """Lima, 24 nov (ANN). La anemia en niños de 6 a 35 meses bajó de 43,1% a 41,0% a nivel nacional en el primer semestre de 2026, según la Encuesta Demográfica y de Salud Familiar del INEI.

      Las mayores reducciones se registraron en las regiones de la costa. En la sierra rural la anemia sigue por encima del 50%. El Ministerio de Salud anunció una campaña de vacunación y suplementación en 400 distritos priorizados.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="topic keywords in a national story",
    ),
    S(
        "x202",
        "peru",
        "2026-11-20T23:30:00Z",
        "Denuncian a exalcalde de Santa María del Valle por colusión en pistas y veredas",
        """La Procuraduría Anticorrupción denunció al exalcalde de Santa María del Valle, Gilberto Ramos Chuquillanqui, y a tres exfuncionarios por la presunta colusión en la obra de pistas y veredas del centro poblado Pampa Grande, con un perjuicio de 640 mil soles.

      Según la denuncia, la licitación se adjudicó a un consorcio creado una semana antes del proceso. El exalcalde negó las acusaciones.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="'obra', 'licitación', 'pistas y veredas' in another district",
    ),
    S(
        "x203",
        "radio",
        "2026-11-26",
        "Noticiero La Tarde: el serenazgo de Alondra Alta estrena motos",
        """LOCUTORA: En el distrito vecino, el serenazgo de Alondra Alta recibió diez motocicletas nuevas. El alcalde Ernesto Salcedo Paredes las entregó en la plaza de ese distrito.

      LOCUTORA: El alcalde Salcedo dijo que las motos permitirán patrullar las calles estrechas de la parte alta de Alondra Alta, donde no entran las camionetas.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake: the Mayor of Alondra Alta; 'serenazgo' and 'patrullar' of another district",
    ),
    S(
        "x204",
        "surchico",
        "2026-11-23T07:25:00-05:00",
        "Sur Chico Noticias: buena cosecha de palta en Tinajas",
        """LOCUTOR: Los productores de palta hass de Tinajas, en Pampa Alondra, esperan cosechar este año 1,200 toneladas, un 20% más que el año pasado, gracias al buen clima de la primavera.

      LOCUTOR: El precio en chacra está en cuatro soles el kilo. La cooperativa Frutos del Chillahuay exportará la mitad de la cosecha a Europa.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="the district as a place, no municipal angle",
    ),
]
