# ruff: noqa: E501
"""Held-out split: nobody tunes on these stories. Written by hand for the evaluation; every name, outlet and place is
invented. Same codes as stories_dev.py: m = who is named (A alcalde, G gerenta, T teniente alcaldesa, R regidor
Llerena, S gerente de seguridad, I the institution); t = topics; tone toward the municipality (+ 0 -); about.
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
        "copies_of": ["h003", "h012", "h020"],
        "cut_at": 0.85,
    },
    "boletin": {"name": "Boletín Vecinal Digital", "outlet": "boletin", "format": "bomb", "path": "/feed"},
    "quinta": {"name": "Semanario La Quinta", "outlet": "quinta", "format": "xxe", "path": "/rss"},
    "surchico": {"name": "Radio Sur Chico", "outlet": "surchico", "format": "html_error", "path": "/rss.xml"},
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
        "mode": "teaser",
        "template": "blog",
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
    # --- La Voz de Huarancayo -------------------------------------------------------------------------------------
    S(
        "h001",
        "voz",
        "2026-11-02T07:20:00-05:00",
        "Pampa Alondra inicia la pavimentación de la avenida Los Incas",
        """La Municipalidad Distrital de Pampa Alondra dio inicio a la pavimentación de la avenida Los Incas, una vía de 1,8 kilómetros que conecta el centro del distrito con el asentamiento humano Villa Esperanza y que hasta hoy es de tierra.

      El alcalde Rigoberto Salcedo Huamaní colocó la primera piedra junto a los dirigentes vecinales y aseguró que la obra estará lista en cinco meses. La inversión es de 5,3 millones de soles.

      Los vecinos celebraron el inicio de los trabajos: «Treinta años esperando y por fin se cumple», dijo una dirigente del comedor Virgen de Chapi.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "h002",
        "voz",
        "2026-11-02T13:10:00-05:00",
        "Rigoberto Salcedo, la voz de la cumbia norteña, llena el coliseo de Huarancayo",
        """El cantante Rigoberto Salcedo, conocido como «la voz de la cumbia norteña», llenó el sábado el coliseo cerrado de Huarancayo con un concierto de tres horas en el que repasó sus veinte años de carrera.

      Salcedo, de 47 años, interpretó sus éxitos «Corazón de pescador» y «Llorarás en la playa», acompañado por su orquesta de doce músicos.

      El artista anunció una gira por el sur del país y un disco con nuevas canciones para el verano.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="full-name namesake of the Mayor (given name and first surname)",
    ),
    S(
        "h003",
        "voz",
        "2026-11-03T08:00:00-05:00",
        "Serenazgo de Pampa Alondra reduce robos en la zona comercial",
        """Las denuncias por robo en la zona comercial de Pampa Alondra bajaron 27% en octubre respecto al mismo mes del año pasado, según el balance presentado por el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor.

      El funcionario atribuyó la mejora al patrullaje integrado con la Policía y a las 64 cámaras de videovigilancia instaladas en las principales avenidas. «Ningún comercio del jirón Grau reportó asaltos este mes», destacó.

      Los comerciantes reconocieron el cambio, aunque pidieron que el serenazgo también vigile los paraderos durante la noche.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "h004",
        "voz",
        "2026-11-03T19:30:00-05:00",
        "Alcalde de Alondra Alta denuncia invasión de terrenos comunales",
        """El alcalde de Alondra Alta, Ernesto Salcedo Paredes, denunció ante la fiscalía la invasión de doce hectáreas de terrenos comunales en el sector Lomo de Corvina por parte de traficantes de terrenos.

      «No vamos a permitir que se apoderen de las tierras de la comunidad», declaró el burgomaestre, quien pidió apoyo a la Policía para el desalojo.

      Los invasores, unas ochenta personas, aseguran que compraron los lotes a una asociación de vivienda.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake mayor of the neighbouring district",
    ),
    S(
        "h005",
        "voz",
        "2026-11-04T09:40:00-05:00",
        "Gerenta Ferrándiz: «Los arbitrios de 2027 no subirán»",
        """La gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, anunció que los arbitrios de limpieza, parques y serenazgo de 2027 mantendrán los mismos montos de este año, pese al aumento del costo del combustible.

      «Hemos hecho un esfuerzo de eficiencia para no trasladar el costo a los vecinos», dijo la funcionaria, quien presentó el proyecto de ordenanza al concejo.

      La ordenanza deberá ser ratificada por la municipalidad provincial de Huarancayo antes del 31 de diciembre.""",
        m="G",
        t="tributos",
        tone="+",
    ),
    S(
        "h006",
        "voz",
        "2026-11-04T23:55:00-05:00",
        "Incendio en el mercado de Nueva Alondra deja pérdidas por 200 mil soles",
        """Un incendio destruyó anoche catorce puestos del mercado de Nueva Alondra, en Pampa Alondra. Los bomberos de Huarancayo tardaron cuarenta minutos en llegar y los comerciantes intentaron apagar el fuego con baldes.

      Los comerciantes culparon a la Municipalidad Distrital de Pampa Alondra por no haber renovado las instalaciones eléctricas, pese a que la inspección de defensa civil de 2024 las calificó de alto riesgo.

      La comuna alondrina informó que evaluará los daños y que apoyará a los afectados con módulos provisionales.""",
        m="I",
        t="",
        tone="-",
        note="23:55 in Lima: same Lima day, next UTC day",
    ),
    S(
        "h007",
        "voz",
        "2026-11-05T07:05:00-05:00",
        "Salcedo Huamaní exige al MTC la reparación de la Panamericana",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, exigió al Ministerio de Transportes y Comunicaciones que repare el tramo de la Panamericana Norte que atraviesa el distrito, donde los baches han causado cuatro accidentes en el último mes.

      «El ministerio se lava las manos y somos los alcaldes los que damos la cara. Es una irresponsabilidad total de Provías», afirmó.

      Provías Nacional señaló que el mantenimiento está programado para el primer trimestre de 2027.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising the national government",
    ),
    S(
        "h008",
        "voz",
        "2026-11-05T15:45:00-05:00",
        "Recicladores de Huarancayo exigen pago por su trabajo",
        """Recicladores de la capital provincial marcharon hasta el palacio municipal de Huarancayo para exigir que se les pague por el servicio de recolección selectiva que realizan en tres urbanizaciones.

      La asociación de recicladores afirmó que recupera cuarenta toneladas de residuos sólidos al mes y que ahorra a la provincia el costo de llevarlos al relleno sanitario.

      El alcalde provincial Julio Cahuana Rojas se comprometió a evaluar un convenio en enero.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="limpieza keywords in another municipality's story",
    ),
    S(
        "h009",
        "voz",
        "2026-11-06T08:30:00-05:00",
        "Pampa Alondra lanza campaña contra la anemia en los centros poblados",
        """La Municipalidad Distrital de Pampa Alondra lanzó la campaña «Niños fuertes, Alondra fuerte», que llevará despistaje de anemia, suplementos de hierro y sesiones demostrativas a los nueve centros poblados del valle.

      La teniente alcaldesa Carmen Yupanqui Soto, que dirige la campaña, explicó que se atenderá a 1 800 niños menores de cinco años en coordinación con el centro de salud.

      Las brigadas saldrán cada martes y jueves hasta marzo.""",
        m="I T",
        t="salud",
        tone="+",
    ),
    S(
        "h010",
        "voz",
        "2026-11-07T10:20:00-05:00",
        "Nadie le cree al alcalde: el parque que nunca se terminó",
        """Hace un año el alcalde Rigoberto Salcedo Huamaní prometió que el parque ecológico de Cerro Colorado estaría listo para Navidad. Hoy el terreno está lleno de desmonte y los juegos infantiles que se compraron se oxidan en un almacén.

      La obra no tiene avance desde junio, cuando la empresa contratista abandonó los trabajos por falta de pago. Ni la gerencia de obras ni el alcalde han explicado qué pasará con los 900 mil soles ya desembolsados.

      Los vecinos ya no esperan nada: «Otra promesa más», resumió una madre de familia.""",
        m="A",
        t="obras",
        tone="-",
        note="negation and 'nunca'",
    ),
    S(
        "h011",
        "voz",
        "2026-11-08T09:00:00-05:00",
        "Concejo de Pampa Alondra aprueba ordenanza de mercados saludables",
        """El concejo municipal de Pampa Alondra aprobó por unanimidad una ordenanza que obliga a los mercados del distrito a contar con agua potable, servicios higiénicos y puntos de lavado de manos para renovar su licencia.

      La propuesta fue presentada por el regidor Óscar Llerena Vilca, quien destacó que es la primera vez que el concejo aprueba una iniciativa de la oposición por unanimidad.

      Los mercados tendrán un año para adecuarse a las nuevas exigencias.""",
        m="R",
        t="salud",
        tone="+",
    ),
    S(
        "h012",
        "voz",
        "2026-11-09T08:15:00-05:00",
        "Pampa Alondra instala contenedores soterrados en la plaza de armas",
        """La Municipalidad Distrital de Pampa Alondra instaló seis contenedores soterrados para residuos sólidos en la plaza de armas y en el boulevard comercial, con capacidad para tres toneladas cada uno.

      La gerenta municipal Lucía Ferrándiz Tapia explicó que los contenedores evitarán las bolsas de basura en las veredas y reducirán los malos olores en la zona comercial.

      El camión compactador vaciará los contenedores cada noche a partir de las once.""",
        m="I G",
        t="limpieza",
        tone="+",
    ),
    S(
        "h013",
        "voz",
        "2026-11-09T17:20:00-05:00",
        "Tres detenidos tras asalto a minimarket en Alondra Alta",
        """La Policía detuvo a tres jóvenes que asaltaron un minimarket en la avenida principal de Alondra Alta y se llevaron dinero y cigarrillos.

      Los detenidos fueron capturados por serenos de ese distrito a pocas cuadras del local, gracias a la alerta del dueño por radio.

      La fiscalía evaluará su situación legal en las próximas horas.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="security keywords, another district",
    ),
    S(
        "h014",
        "voz",
        "2026-11-10T08:45:00-05:00",
        "El alcalde alondrino viaja a Lima para gestionar el hospital",
        """El alcalde alondrino viajó a Lima para gestionar ante el Ministerio de Salud el financiamiento del hospital de Nueva Alondra, un proyecto que espera desde 2019.

      Salcedo Huamaní se reunirá con el viceministro de Prestaciones y Aseguramiento en Salud y con congresistas de la región para que el proyecto se incluya en el presupuesto de 2027.

      La teniente alcaldesa Carmen Yupanqui Soto quedó encargada del despacho mientras dure el viaje.""",
        m="A T",
        t="salud",
        tone="0",
    ),
    S(
        "h015",
        "voz",
        "2026-11-11T07:30:00-05:00",
        "Vecinos denuncian cobro de arbitrios por serenazgo que no llega",
        """Vecinos de la urbanización Los Pinos, en Pampa Alondra, reclamaron que pagan arbitrios de serenazgo desde hace tres años pero nunca han visto un patrullaje en sus calles.

      «Nos cobran 18 soles al mes por un servicio fantasma», dijo el presidente de la junta vecinal, quien presentó un reclamo formal ante la Municipalidad Distrital de Pampa Alondra.

      El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, se comprometió a incluir la urbanización en la ruta de patrullaje desde diciembre.""",
        m="I S",
        t="tributos seguridad",
        tone="-",
    ),
    S(
        "h016",
        "voz",
        "2026-11-11T21:10:00-05:00",
        "Muere adulto mayor atropellado en la Panamericana",
        """Un hombre de 72 años murió atropellado anoche cuando intentaba cruzar la Panamericana Norte a la altura del kilómetro 138, en el sector Las Lomas.

      El conductor del camión se entregó a la Policía. Los familiares pidieron la construcción de un puente peatonal en la zona.

      El Ministerio de Transportes no se ha pronunciado sobre el pedido.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="'puente' keyword in a story not about us",
    ),
    S(
        "h017",
        "voz",
        "2026-11-12T08:05:00-05:00",
        "La teniente alcaldesa inaugura wawawasi municipal",
        """La teniente alcaldesa Carmen Yupanqui Soto inauguró el primer wawawasi municipal de Pampa Alondra, que atenderá a sesenta niños de entre seis meses y tres años mientras sus madres trabajan.

      El local cuenta con cunas, sala de estimulación temprana y cocina, y fue implementado con apoyo de una empresa agroexportadora del valle.

      La atención será de lunes a viernes de siete de la mañana a cinco de la tarde.""",
        m="T",
        t="",
        tone="+",
    ),
    S(
        "h018",
        "voz",
        "2026-11-13T10:00:00-05:00",
        "Regidor Llerena acusa falta de transparencia en compras de la MDPA",
        """El regidor Óscar Llerena Vilca acusó a la MDPA de no publicar en su portal de transparencia las órdenes de compra de los últimos cuatro meses, como exige la ley.

      «Sin información no podemos fiscalizar. Esto no es un descuido, es una decisión», señaló el concejal, quien presentó una queja ante la Defensoría del Pueblo.

      La gerencia municipal indicó que el portal estuvo en mantenimiento y que la información se publicará esta semana.""",
        m="R I",
        t="",
        tone="-",
        note="institution by its initials",
    ),
    S(
        "h019",
        "voz",
        "2026-11-14T08:40:00-05:00",
        "Pampa Alondra: 500 familias reciben títulos de propiedad",
        """Quinientas familias de los asentamientos humanos Cerro Colorado y Villa Esperanza recibieron sus títulos de propiedad en una ceremonia encabezada por el alcalde Rigoberto Salcedo Huamaní y representantes de Cofopri.

      «Hoy dejan de ser invasores y se convierten en propietarios», dijo el alcalde, quien recordó que la municipalidad financió el saneamiento físico legal.

      Con el título, las familias podrán acceder a créditos y a proyectos de agua y desagüe.""",
        m="A",
        t="",
        tone="+",
    ),
    S(
        "h020",
        "voz",
        "2026-11-14T12:30:00-05:00",
        "Fumigan colegios de Pampa Alondra ante casos de dengue",
        """Personal de la Municipalidad Distrital de Pampa Alondra y de la red de salud fumigó los catorce colegios del distrito, luego de que se detectaran tres casos de dengue en alumnos de primaria.

      La fumigación se hizo el sábado para no interrumpir las clases. Los técnicos también eliminaron criaderos de zancudos en los techos y en los tanques de agua.

      La red de salud pidió a los padres llevar al centro de salud a los niños con fiebre alta y dolor de cuerpo.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "h021",
        "voz",
        "2026-11-06T18:00:00-05:00",
        "Huarancayo: taxistas protestan contra el plan de rutas",
        """Cientos de taxistas y mototaxistas de Huarancayo bloquearon las principales calles de la capital provincial en protesta contra el plan de rutas aprobado por el alcalde provincial Julio Cahuana Rojas.

      Los transportistas sostienen que el plan los deja fuera del centro histórico y favorece a las empresas de combis. El burgomaestre provincial dijo que no dará marcha atrás.

      La protesta generó congestión durante seis horas.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="'el burgomaestre' of another municipality",
    ),
    S(
        "h022",
        "voz",
        "2026-11-08T19:40:00-05:00",
        "Rigo Salcedo celebra con vecinos el aniversario de Villa Esperanza",
        """Con una verbena y un campeonato de fulbito, los vecinos de Villa Esperanza celebraron 34 años de fundación. El alcalde, Rigo Salcedo, como lo llaman los vecinos, bailó con las dirigentes y se comprometió a techar el local comunal.

      Los fundadores del asentamiento recordaron que llegaron en 1992 a un arenal sin agua ni luz.

      La fiesta continuará el domingo con una misa y un almuerzo popular.""",
        m="A",
        t="",
        tone="+",
    ),
    S(
        "h023",
        "voz",
        "2026-11-12T15:15:00-05:00",
        "Trabajadores municipales de Pampa Alondra anuncian huelga",
        """El sindicato de trabajadores de la Municipalidad Distrital de Pampa Alondra anunció una huelga indefinida desde el 20 de noviembre si no se cumple el pacto colectivo firmado en abril, que incluía un aumento de 150 soles.

      El secretario general del sindicato acusó a la gerenta municipal Lucía Ferrándiz Tapia de «burlarse» de los trabajadores al postergar el pago cada mes.

      La huelga afectaría el recojo de residuos y la atención en las oficinas de rentas.""",
        m="I G",
        t="",
        tone="-",
    ),
    S(
        "h024",
        "voz",
        "2026-11-13T22:50:00-05:00",
        "Pampa Alondra gana premio nacional de buenas prácticas en gestión de residuos",
        """La Municipalidad Distrital de Pampa Alondra ganó el premio nacional de buenas prácticas en gestión de residuos sólidos, otorgado por el Ministerio del Ambiente, por su programa de segregación en la fuente.

      El programa involucra a 6 000 viviendas que separan sus residuos y a 45 recicladores formalizados. El alcalde Rigoberto Salcedo Huamaní recibió el premio en Lima.

      «Es un reconocimiento a cada vecino que separa su basura», dijo el alcalde.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="late evening: Lima day vs UTC day",
    ),
    # --- Correo del Valle: teasers, old template (16 items: more than one poll's page fetches) ---------------------
    S(
        "h025",
        "correo",
        "2026-11-02T06:40:00-05:00",
        "Vecinos de Los Pinos denuncian relleno sanitario informal",
        """Vecinos de la urbanización Los Pinos denunciaron que camiones de empresas particulares arrojan desmonte y basura de noche en un terreno eriazo junto a la acequia Huancachi, en Pampa Alondra.

      Según los vecinos, el terreno se ha convertido en un relleno sanitario informal y ya hay roedores en las casas cercanas. Pidieron a la Municipalidad Distrital de Pampa Alondra que fiscalice y sancione a los responsables.

      La subgerencia de fiscalización se comprometió a instalar cámaras en la zona.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "h026",
        "correo",
        "2026-11-02T18:20:00-05:00",
        "Alcalde Salcedo entrega módulos de serenazgo en Nueva Alondra",
        """El alcalde Rigoberto Salcedo Huamaní entregó dos módulos de serenazgo en Nueva Alondra, que funcionarán las 24 horas con serenos y un vehículo de patrullaje.

      La obra se financió con el presupuesto participativo. Los dirigentes vecinales agradecieron la entrega y pidieron que se ilumine el pasaje Los Girasoles, donde ocurren la mayoría de asaltos.

      El gerente Wilber Ñaupari Cóndor anunció que en diciembre llegarán diez serenos más.""",
        m="A S",
        t="seguridad",
        tone="+",
    ),
    S(
        "h027",
        "correo",
        "2026-11-03T07:10:00-05:00",
        "Cobranza coactiva: embargan cuentas de morosos en Pampa Alondra",
        """La oficina de ejecución coactiva de la Municipalidad Distrital de Pampa Alondra embargó las cuentas bancarias de 120 contribuyentes con deudas de impuesto predial mayores de cinco mil soles.

      Entre los afectados hay dos empresas agroindustriales que deben más de 300 mil soles. La municipalidad recordó que los deudores pueden fraccionar su deuda tributaria.

      Los vecinos afectados cuestionaron que no se les notificara antes del embargo.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "h028",
        "correo",
        "2026-11-04T08:00:00-05:00",
        "Qué maravilla de gestión: la pileta que solo funciona en campaña",
        """La pileta ornamental de la plaza de armas de Pampa Alondra, que costó 600 mil soles, volvió a funcionar por tres días durante la visita del ministro. Qué maravilla de gestión, dirían en el municipio alondrino.

      Los vecinos comentan con ironía que la pileta solo se enciende cuando hay cámaras. El resto del año sirve de depósito de hojas secas.

      Consultada, la gerencia de servicios a la ciudad dijo que la bomba está en reparación desde agosto.""",
        m="I",
        t="",
        tone="-",
        note="sarcasm",
    ),
    S(
        "h029",
        "correo",
        "2026-11-04T19:30:00-05:00",
        "La gerenta municipal responde a sindicato",
        """La gerenta municipal Lucía Ferrándiz Tapia respondió al sindicato de trabajadores que el aumento pactado se pagará en diciembre, una vez que el Ministerio de Economía transfiera los recursos del Fondo de Compensación Municipal.

      «No es cierto que nos burlemos de los trabajadores; hemos cumplido con todos los puntos del pacto menos uno», dijo Ferrándiz.

      El sindicato mantiene su anuncio de huelga.""",
        m="G",
        t="",
        tone="0",
    ),
    S(
        "h030",
        "correo",
        "2026-11-05T07:45:00-05:00",
        "Carmen Yupanqui convoca a jóvenes para programa de voluntariado",
        """La teniente alcaldesa Carmen Yupanqui Soto convocó a los jóvenes de Pampa Alondra a inscribirse en el programa municipal de voluntariado, que apoyará las campañas de salud, reciclaje y lectura en los asentamientos humanos.

      Los voluntarios recibirán capacitación, un certificado y un seguro contra accidentes. Las inscripciones están abiertas hasta el 30 de noviembre.

      El programa espera reunir a doscientos jóvenes en su primer año.""",
        m="T",
        t="",
        tone="+",
    ),
    S(
        "h031",
        "correo",
        "2026-11-05T21:00:00-05:00",
        "Delincuentes asaltan a escolares a la salida del colegio",
        """Dos delincuentes en moto asaltaron a tres escolares a la salida del colegio Santa Rosa, en Pampa Alondra, y les robaron sus celulares. Los padres denuncian que no había serenos ni policías en la zona.

      «El alcalde prometió cámaras y serenos en los colegios y hasta ahora nada», reclamó una madre de familia. El hecho ocurrió a pocas cuadras del módulo de serenazgo.

      La comisaría del distrito abrió una investigación.""",
        m="",
        about=True,
        t="seguridad",
        tone="-",
    ),
    S(
        "h032",
        "correo",
        "2026-11-06T07:30:00-05:00",
        "Vóley: Carmen Yupanqui Ríos es convocada a la selección nacional juvenil",
        """La voleibolista huarancaína Carmen Yupanqui Ríos fue convocada a la selección nacional juvenil que disputará el Sudamericano de la categoría en Lima.

      Yupanqui, de 17 años, es la primera deportista de la provincia que llega a una selección nacional de vóley. Su entrenador destacó su potencia en el ataque.

      La joven viajará a Lima la próxima semana para integrarse a la concentración.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake of the teniente alcaldesa",
    ),
    S(
        "h033",
        "correo",
        "2026-11-07T08:20:00-05:00",
        "Pampa Alondra construirá puente peatonal en Las Lomas",
        """La Municipalidad Distrital de Pampa Alondra anunció la construcción de un puente peatonal sobre la Panamericana Norte en el sector Las Lomas, donde en el último año murieron tres personas atropelladas.

      El expediente técnico ya fue aprobado y la licitación se convocará en diciembre. La obra costará 1,4 millones de soles.

      Los vecinos de Las Lomas pidieron que mientras tanto se instalen reductores de velocidad.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "h034",
        "correo",
        "2026-11-08T09:10:00-05:00",
        "Opinión: el concejo que no fiscaliza",
        """El concejo municipal de Pampa Alondra se ha convertido en una mesa de partes del alcalde. Siete regidores votan todo lo que propone el Ejecutivo sin pedir un solo informe. Solo el regidor Óscar Llerena Vilca hace preguntas, y casi siempre queda solo.

      Un concejo que no fiscaliza le hace daño a la propia gestión, porque los errores se descubren tarde y cuestan caro.

      Los vecinos merecen un concejo que debata, no uno que aplauda.""",
        m="R",
        t="",
        tone="-",
    ),
    S(
        "h035",
        "correo",
        "2026-11-09T07:50:00-05:00",
        "Municipalidad de Pampa Alondra entrega kits escolares",
        """La Municipalidad de Pampa Alondra entregó 2 500 kits escolares con cuadernos, mochilas y útiles a los alumnos de los colegios públicos del distrito.

      El alcalde Rigoberto Salcedo Huamaní participó en la entrega en el colegio emblemático Alondra y pidió a los alumnos esforzarse en los estudios.

      La compra se realizó con recursos propios por un monto de 250 mil soles.""",
        m="I A",
        t="",
        tone="+",
    ),
    S(
        "h036",
        "correo",
        "2026-11-10T07:15:00-05:00",
        "Baches en la avenida Grau causan accidentes",
        """Los baches de la avenida Grau, en Pampa Alondra, causaron la semana pasada tres accidentes de mototaxis. Los conductores reclaman que la vía no recibe mantenimiento desde hace dos años.

      «La municipalidad de Pampa Alondra solo parcha cuando viene alguna autoridad», dijo un mototaxista.

      La gerencia de obras informó que el bacheo de la avenida está programado para enero.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "h037",
        "correo",
        "2026-11-11T08:30:00-05:00",
        "Gerente Ñaupari presenta plan de seguridad para fiestas de fin de año",
        """El gerente de Seguridad Ciudadana de Pampa Alondra, Wilber Ñaupari Cóndor, presentó el plan de seguridad para las fiestas de fin de año, que incluye patrullaje en las zonas comerciales y control de la venta de pirotécnicos.

      Durante diciembre, el serenazgo trabajará en tres turnos y se instalarán puestos de auxilio rápido en el mercado y en la plaza de armas.

      El plan se coordinó con la comisaría y con los bomberos.""",
        m="S",
        t="seguridad",
        tone="0",
    ),
    S(
        "h038",
        "correo",
        "2026-11-12T07:00:00-05:00",
        "Empresa agroexportadora dona ambulancia al distrito",
        """Una empresa agroexportadora del valle de Huancachi donó una ambulancia totalmente equipada al centro de salud de Pampa Alondra, que hasta ahora trasladaba a los pacientes graves en una camioneta.

      La donación fue recibida por el jefe del centro de salud y por representantes de la Municipalidad Distrital de Pampa Alondra.

      La ambulancia atenderá emergencias en los nueve centros poblados del valle.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "h039",
        "correo",
        "2026-11-13T08:10:00-05:00",
        "Pobladores de Alondra Alta piden agua potable",
        """Pobladores de cinco caseríos de Alondra Alta marcharon hasta la municipalidad de ese distrito para exigir la ejecución del proyecto de agua potable, que lleva cuatro años en elaboración.

      El alcalde Ernesto Salcedo Paredes recibió a los dirigentes y se comprometió a iniciar la obra en marzo.

      Los pobladores consumen agua de acequia y han reportado casos de diarrea en niños.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake mayor",
    ),
    S(
        "h040",
        "correo",
        "2026-11-14T07:40:00-05:00",
        "Tigre Salcedo: «No voy a postular a la reelección»",
        """El alcalde Rigoberto Salcedo Huamaní, el Tigre para sus seguidores, anunció que no postulará a la reelección en 2026 y que se dedicará a terminar las obras pendientes de su gestión.

      «No me aferro al cargo. Quiero entregar un distrito ordenado», dijo Tigre Salcedo en una entrevista con este diario.

      Sus opositores consideran que el anuncio busca evitar el desgaste de las denuncias.""",
        m="A",
        t="",
        tone="0",
    ),
    # --- Radio Alondra: date-only transcripts -----------------------------------------------------------------------
    S(
        "h041",
        "radio",
        "2026-11-02",
        "Noticiero La Mañana: horarios del camión recolector",
        """LOCUTOR: Atención vecinos de Pampa Alondra. La municipalidad informa los nuevos horarios del camión recolector de basura a partir de este lunes.

      LOCUTORA: En el centro del distrito el camión pasará todas las noches a partir de las nueve. En Villa Esperanza y Nueva Alondra, lunes, miércoles y viernes por la mañana.

      LOCUTOR: Saquen sus bolsas solo cuando escuchen la campana, vecinos.""",
        m="",
        t="limpieza",
        tone="0",
        about=True,
        note="about our municipal service without naming the institution",
    ),
    S(
        "h042",
        "radio",
        "2026-11-03",
        "Noticiero La Mañana: el alcalde responde a las críticas por el parque",
        """LOCUTOR: En la línea tenemos al alcalde Rigoberto Salcedo Huamaní, que quiere responder sobre el parque de Cerro Colorado.

      ALCALDE SALCEDO: Buenos días. Reconozco que el parque está atrasado. La empresa incumplió y ya resolvimos el contrato. En enero convocamos una nueva licitación para terminar la obra.

      LOCUTOR: Gracias, alcalde. Los vecinos esperan que esta vez sea cierto.""",
        m="A",
        t="obras",
        tone="0",
    ),
    S(
        "h043",
        "radio",
        "2026-11-04",
        "Noticiero La Mañana: oyentes felicitan al serenazgo",
        """LOCUTOR: Tenemos varios mensajes de oyentes. La señora Carmela, de Los Pinos, nos escribe para felicitar a los serenos que la ayudaron anoche cuando se desmayó en la calle.

      LOCUTORA: Y don Hugo, de Santa Rosa, dice que desde que hay patrullaje en su calle ya no hay fumones en la esquina.

      LOCUTOR: Buena chamba del serenazgo de Pampa Alondra. Así da gusto.""",
        m="",
        t="seguridad",
        tone="+",
        about=True,
        note="praise of a municipal service, no one named",
    ),
    S(
        "h044",
        "radio",
        "2026-11-05",
        "Noticiero La Mañana: cortes de luz en el valle",
        """LOCUTOR: La empresa eléctrica anuncia cortes de luz este jueves de ocho de la mañana a cuatro de la tarde en los centros poblados de Huancachi, Lomo de Corvina y Quebrada Honda.

      LOCUTORA: Los trabajos son para cambiar postes y transformadores. La empresa pide a los usuarios desconectar sus artefactos.

      LOCUTOR: Tomen sus precauciones, vecinos.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "h045",
        "radio",
        "2026-11-06",
        "Noticiero La Mañana: regidor Llerena en cabina",
        """LOCUTOR: Nos acompaña el regidor Óscar Llerena Vilca. Regidor, usted ha criticado la falta de transparencia.

      REGIDOR LLERENA: Así es. No puede ser que la municipalidad de Pampa Alondra no publique sus compras. No estoy en contra de nadie, estoy a favor de que los vecinos sepan en qué se gasta su dinero.

      LOCUTOR: Gracias, regidor. Invitamos a la gerencia municipal a responder.""",
        m="R I",
        t="",
        tone="-",
    ),
    S(
        "h046",
        "radio",
        "2026-11-07",
        "Noticiero La Mañana: campaña de vacunación canina",
        """LOCUTOR: Este sábado y domingo habrá vacunación antirrábica gratuita para perros y gatos en todos los sectores de Pampa Alondra.

      LOCUTORA: La campaña la organizan el centro de salud y la municipalidad distrital. Los puntos de vacunación estarán en los parques y en los locales comunales.

      LOCUTOR: Lleven a sus mascotas con correa y bozal, vecinos.""",
        m="",
        t="salud",
        tone="0",
        about=True,
    ),
    S(
        "h047",
        "radio",
        "2026-11-09",
        "Noticiero La Mañana: la gerenta explica el embargo a morosos",
        """LOCUTOR: La gerenta municipal Lucía Ferrándiz Tapia está en la línea para explicar los embargos a contribuyentes.

      GERENTA FERRÁNDIZ: Solo se ha embargado a quienes tienen deudas grandes y no respondieron a tres notificaciones. Quien quiera fraccionar su deuda puede acercarse a rentas sin ningún problema.

      LOCUTOR: Gracias, gerenta. Ya saben, vecinos, a ponerse al día.""",
        m="G",
        t="tributos",
        tone="0",
    ),
    S(
        "h048",
        "radio",
        "2026-11-10",
        "Noticiero La Mañana: robo en la parroquia",
        """LOCUTOR: Lamentable noticia: desconocidos ingresaron anoche a la parroquia San Bartolomé de Pampa Alondra y se llevaron la custodia de plata y las limosnas.

      REPORTERO: El párroco dice que es la tercera vez que roban en el templo este año. Los fieles piden más vigilancia en la plaza.

      LOCUTOR: Esperamos que la Policía dé con los responsables.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="a crime in the district with no municipal angle",
    ),
    S(
        "h049",
        "radio",
        "2026-11-11",
        "Noticiero La Mañana: la teniente alcaldesa y la feria de emprendedoras",
        """LOCUTOR: Este domingo se realiza la primera feria de mujeres emprendedoras en la plaza de armas. La teniente alcaldesa Carmen Yupanqui Soto nos cuenta los detalles.

      TENIENTE ALCALDESA YUPANQUI: Participarán sesenta emprendedoras con artesanía, comida y ropa. La municipalidad les ha dado capacitación en ventas por internet.

      LOCUTOR: Muy bien, teniente alcaldesa. Allí estaremos.""",
        m="T",
        t="",
        tone="+",
    ),
    S(
        "h050",
        "radio",
        "2026-11-12",
        "Noticiero La Mañana: vecinos critican demora en obra de la avenida Los Incas",
        """LOCUTOR: Los vecinos de la avenida Los Incas llaman para quejarse del polvo y de las zanjas abiertas por la obra de pavimentación.

      OYENTE: Han abierto toda la calle y no hay señalización. Ayer un niño se cayó a una zanja. ¿Dónde está el alcalde Salcedo?

      LOCUTOR: Hemos pedido la versión de la municipalidad y todavía no responden.""",
        m="A",
        t="obras",
        tone="-",
    ),
    S(
        "h051",
        "radio",
        "2026-11-13",
        "Noticiero La Mañana: no habrá corte de agua, aclara la empresa",
        """LOCUTOR: La empresa de agua aclaró que no habrá corte del servicio este fin de semana en Pampa Alondra, como se difundió en redes sociales.

      LOCUTORA: El mantenimiento del reservorio fue postergado para diciembre. La empresa pidió a los usuarios informarse solo por sus canales oficiales.

      LOCUTOR: Ya saben, vecinos, no hagan caso a las cadenas de WhatsApp.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "h052",
        "radio",
        "2026-11-14",
        "Noticiero La Mañana: alcalde inaugura biblioteca municipal",
        """LOCUTOR: El alcalde Rigoberto Salcedo Huamaní inauguró anoche la biblioteca municipal Alondra Lee, con tres mil libros y doce computadoras con internet.

      REPORTERA: La biblioteca atenderá de lunes a sábado. Los estudiantes que asistieron a la inauguración dijeron que ya no tendrán que viajar a Huarancayo para hacer sus tareas.

      LOCUTOR: Excelente noticia para los jóvenes del distrito.""",
        m="A",
        t="",
        tone="+",
    ),
    S(
        "h053",
        "radio",
        "2026-11-08",
        "Noticiero La Mañana: ninguna queja por el recojo esta semana",
        """LOCUTOR: Vecinos, por primera vez en meses no hemos recibido ni una sola queja por el recojo de residuos. El camión compactador está pasando puntual en todos los sectores.

      LOCUTORA: Así es. Hasta los vecinos de Cerro Colorado, que siempre se quejaban, nos dicen que ahora no hay basura en las esquinas.

      LOCUTOR: Felicitaciones a los trabajadores de limpieza de la municipalidad de Pampa Alondra.""",
        m="I",
        t="limpieza",
        tone="+",
        note="negation with positive meaning",
    ),
    # --- Huarancayo TV: Atom, UTC times ------------------------------------------------------------------------------
    S(
        "h054",
        "tv",
        "2026-11-03T02:00:00Z",
        "Noticiero Central: vecinos de Cerro Colorado sin agua",
        """CONDUCTORA: Vecinos de Cerro Colorado, en Pampa Alondra, llevan quince años sin agua potable. Nuestro equipo estuvo en la zona.

      REPORTERO: Aquí las familias compran el agua en cilindros a diez soles. La dirigente nos dice que la Municipalidad Distrital de Pampa Alondra les prometió el proyecto en cada campaña electoral.

      VECINA: Ya no creemos en nadie. Nos usan para la foto y después se olvidan.""",
        m="I",
        t="",
        tone="-",
        note="02:00 UTC: previous evening in Lima",
    ),
    S(
        "h055",
        "tv",
        "2026-11-04T01:15:00Z",
        "Noticiero Central: alcalde Salcedo presenta nuevos patrulleros",
        """CONDUCTOR: El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, presentó cuatro camionetas nuevas para el serenazgo, equipadas con GPS y cámaras.

      REPORTERA: Las camionetas costaron 800 mil soles. El gerente Wilber Ñaupari Cóndor dijo que permitirán cubrir los asentamientos humanos de la parte alta, donde antes no llegaba el patrullaje.

      ALCALDE SALCEDO: La seguridad ciudadana es nuestra prioridad número uno.""",
        m="A S",
        t="seguridad",
        tone="+",
    ),
    S(
        "h056",
        "tv",
        "2026-11-05T13:30:00Z",
        "Noticiero del Mediodía: Huarancayo se prepara para el fenómeno El Niño",
        """CONDUCTORA: El gobierno regional declaró en alerta a las provincias de la costa por un posible fenómeno El Niño costero en el verano.

      REPORTERO: En Huarancayo se están limpiando los cauces de los ríos y se almacenan sacos de arena. El alcalde provincial Julio Cahuana Rojas pidió a los distritos preparar sus planes de contingencia.

      CONDUCTORA: Estaremos informando.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "h057",
        "tv",
        "2026-11-06T03:40:00Z",
        "Noticiero Central: denuncian basura en la playa Las Conchitas",
        """CONDUCTOR: La playa Las Conchitas, en Pampa Alondra, amaneció llena de basura tras el fin de semana largo. Los bañistas dejaron botellas, bolsas y restos de comida.

      REPORTERA: Los pescadores artesanales se quejan de que la municipalidad de Pampa Alondra no instala tachos ni hace limpieza en la playa. Dicen que la basura termina en el mar.

      PESCADOR: Cada lunes es lo mismo. Nadie se hace responsable.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "h058",
        "tv",
        "2026-11-07T02:20:00Z",
        "Noticiero Central: la teniente alcaldesa encabeza marcha contra la violencia",
        """CONDUCTORA: Cientos de mujeres marcharon en Pampa Alondra contra la violencia familiar. La marcha fue encabezada por la teniente alcaldesa Carmen Yupanqui Soto.

      TENIENTE ALCALDESA YUPANQUI: Ninguna mujer debe sufrir violencia en silencio. La municipalidad ha abierto un centro de atención con psicólogas y abogadas.

      CONDUCTORA: El centro funciona en el segundo piso del palacio municipal.""",
        m="T",
        t="",
        tone="+",
    ),
    S(
        "h059",
        "tv",
        "2026-11-08T14:10:00Z",
        "Noticiero del Mediodía: campeonato de marinera en Alondra Alta",
        """CONDUCTOR: Más de doscientas parejas participaron en el campeonato de marinera norteña de Alondra Alta, organizado por la municipalidad de ese distrito.

      REPORTERA: El alcalde Ernesto Salcedo Paredes entregó los premios a los ganadores de cada categoría. La pareja de Trujillo se llevó el primer lugar en adultos.

      CONDUCTOR: Una fiesta de nuestra cultura.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake mayor",
    ),
    S(
        "h060",
        "tv",
        "2026-11-09T01:50:00Z",
        "Noticiero Central: regidor denuncia que el parque ecológico está abandonado",
        """CONDUCTOR: El regidor Óscar Llerena Vilca denunció que el parque ecológico de Cerro Colorado, una obra de 900 mil soles, está abandonado desde junio.

      REGIDOR LLERENA: Aquí se ha perdido dinero de los vecinos. La gerencia de obras nunca supervisó a la empresa.

      CONDUCTOR: La Municipalidad Distrital de Pampa Alondra no respondió a nuestras llamadas.""",
        m="R I",
        t="obras",
        tone="-",
    ),
    S(
        "h061",
        "tv",
        "2026-11-10T23:00:00Z",
        "Noticiero Central: Pampa Alondra tiene su primera ciclovía",
        """CONDUCTORA: Pampa Alondra inauguró su primera ciclovía, de tres kilómetros, que une la plaza de armas con el colegio emblemático y la playa Las Conchitas.

      REPORTERO: La obra fue ejecutada por la Municipalidad Distrital de Pampa Alondra con una inversión de 700 mil soles. Los escolares ya la usan para ir a clases.

      CONDUCTORA: Una iniciativa que otros distritos deberían imitar.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "h062",
        "tv",
        "2026-11-12T02:30:00Z",
        "Noticiero Central: huelga de trabajadores municipales en suspenso",
        """CONDUCTOR: El sindicato de trabajadores de la Municipalidad Distrital de Pampa Alondra suspendió la huelga anunciada tras llegar a un acuerdo con la gerencia municipal.

      REPORTERA: La gerenta Lucía Ferrándiz Tapia se comprometió a pagar el aumento en dos partes: la mitad en diciembre y el resto en enero.

      CONDUCTOR: Así, el recojo de basura no se verá afectado.""",
        m="I G",
        t="",
        tone="0",
    ),
    S(
        "h063",
        "tv",
        "2026-11-13T15:00:00Z",
        "Noticiero del Mediodía: operativo contra venta de pirotécnicos",
        """CONDUCTORA: Serenos y policías decomisaron dos toneladas de pirotécnicos en un almacén clandestino del jirón Bolívar, en Pampa Alondra.

      REPORTERO: El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, dijo que el almacén estaba junto a un colegio y que pudo ocurrir una tragedia.

      CONDUCTORA: Los dueños del almacén fueron detenidos.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "h064",
        "tv",
        "2026-11-14T03:05:00Z",
        "Noticiero Central: entrevista al alcalde sobre su gestión",
        """CONDUCTOR: Conversamos con el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, a un año del final de su gestión.

      ALCALDE SALCEDO: Hemos hecho mucho, pero no todo. Me voy con la pena del hospital, que depende del Ministerio de Salud, y del parque de Cerro Colorado, donde la empresa nos falló.

      CONDUCTOR: Gracias, alcalde.""",
        m="A",
        t="",
        tone="0",
    ),
    S(
        "h065",
        "tv",
        "2026-11-05T03:30:00Z",
        "Noticiero Central: la MDPA reparte agua en cisternas",
        """CONDUCTORA: Ante el corte de agua en cinco sectores, la MDPA dispuso tres cisternas que reparten agua gratis a las familias afectadas.

      REPORTERO: Las cisternas recorren Villa Esperanza, Cerro Colorado y Los Pinos. Los vecinos hacen fila con baldes y bidones.

      VECINA: Al menos la municipalidad nos ha ayudado.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "h066",
        "tv",
        "2026-11-11T03:10:00Z",
        "Noticiero Central: gerenta municipal anuncia auditoría a obras",
        """CONDUCTOR: La gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, anunció una auditoría externa a las obras ejecutadas en los últimos dos años, tras las denuncias del regidor Llerena.

      GERENTA FERRÁNDIZ: No tenemos nada que ocultar. Si hay responsables, serán sancionados.

      CONDUCTOR: El regidor Óscar Llerena Vilca saludó la decisión, aunque pidió que la auditoría la haga la Contraloría.""",
        m="G R",
        t="obras",
        tone="0",
    ),
    # --- Agencia Nacional de Noticias: originals copied by others ----------------------------------------------------
    S(
        "h067",
        "ann",
        "2026-11-02T16:30:00Z",
        "Pampa Alondra recibe 8 millones para agua y desagüe en Cerro Colorado",
        """Lima, 2 nov (ANN). El Ministerio de Vivienda transfirió 8 millones de soles a la Municipalidad Distrital de Pampa Alondra, en la provincia de Huarancayo, para ejecutar el proyecto de agua potable y alcantarillado del asentamiento humano Cerro Colorado.

      El proyecto beneficiará a 1 200 personas que actualmente se abastecen con cisternas. El alcalde Rigoberto Salcedo Huamaní agradeció la transferencia y anunció que la obra comenzará en febrero.

      La transferencia fue publicada hoy en el diario oficial El Peruano.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "h068",
        "ann",
        "2026-11-04T14:00:00Z",
        "Contraloría advierte riesgos en obra de mercado de Pampa Alondra",
        """Huarancayo, 4 nov (ANN). La Contraloría General advirtió riesgos en la ejecución de la obra del mercado de abastos de Nueva Alondra, a cargo de la Municipalidad Distrital de Pampa Alondra, por deficiencias en el expediente técnico y retrasos de cuatro meses.

      El informe de control concurrente señala que la obra tiene un avance físico de 65% pero un avance financiero de 85%.

      La comuna alondrina tiene cinco días para informar las acciones que adoptará.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "h069",
        "ann",
        "2026-11-06T15:20:00Z",
        "Alcaldes del norte chico piden presupuesto para prevenir El Niño",
        """Lima, 6 nov (ANN). Doce alcaldes de las provincias del norte chico, entre ellos el de Pampa Alondra, Rigoberto Salcedo Huamaní, pidieron al Ejecutivo 120 millones de soles para obras de prevención ante un posible fenómeno El Niño.

      «No podemos esperar a que llegue el desastre para actuar», dijo Salcedo Huamaní en nombre de los alcaldes, durante una reunión en la Presidencia del Consejo de Ministros.

      El Ejecutivo se comprometió a evaluar el pedido en quince días.""",
        m="A",
        t="obras",
        tone="0",
    ),
    S(
        "h070",
        "ann",
        "2026-11-08T13:10:00Z",
        "Dengue: región registra 900 casos en lo que va del año",
        """Lima, 8 nov (ANN). La región registra 900 casos de dengue en lo que va del año, el doble que en 2025, informó el Ministerio de Salud. Los distritos más afectados son Huarancayo, Alondra Alta y Santa María del Valle.

      El ministerio enviará brigadas de fumigación y pidió a los gobiernos locales reforzar el recojo de inservibles.

      No se han registrado fallecidos.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "h071",
        "ann",
        "2026-11-10T16:45:00Z",
        "Pampa Alondra digitaliza el pago del impuesto predial con código QR",
        """Huarancayo, 10 nov (ANN). Los contribuyentes de Pampa Alondra ya pueden pagar el impuesto predial y los arbitrios con un código QR desde cualquier billetera digital, informó la Municipalidad Distrital de Pampa Alondra.

      La gerenta municipal Lucía Ferrándiz Tapia indicó que en la primera semana se registraron 1 300 pagos por este medio, el 20% del total.

      El sistema fue desarrollado con apoyo del Banco de la Nación.""",
        m="I G",
        t="tributos",
        tone="+",
    ),
    S(
        "h072",
        "ann",
        "2026-11-12T14:30:00Z",
        "Denuncian al alcalde de Pampa Alondra por presunta negociación incompatible",
        """Huarancayo, 12 nov (ANN). La Procuraduría Anticorrupción denunció ante la fiscalía al alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, por presunta negociación incompatible en la compra de camionetas para el serenazgo.

      Según la denuncia, la empresa ganadora pertenece a un exsocio del alcalde. El burgomaestre negó las acusaciones y dijo que la compra se hizo por subasta inversa.

      La fiscalía evaluará si abre investigación preliminar.""",
        m="A",
        t="seguridad",
        tone="-",
    ),
    S(
        "h073",
        "ann",
        "2026-11-13T17:00:00Z",
        "Distrito de Huarancayo premiado por reducir la anemia",
        """Lima, 13 nov (ANN). El Ministerio de Desarrollo e Inclusión Social premió a la Municipalidad Distrital de Pampa Alondra por reducir en siete puntos la anemia infantil en un año, el mejor resultado de la región.

      La teniente alcaldesa Carmen Yupanqui Soto recibió el premio y destacó el trabajo de las madres de los comedores y del centro de salud.

      El premio consiste en 500 mil soles para proyectos de nutrición.""",
        m="I T",
        t="salud",
        tone="+",
    ),
    S(
        "h074",
        "ann",
        "2026-11-03T18:00:00Z",
        "Gobierno regional licita hospital de Huarancayo",
        """Huarancayo, 3 nov (ANN). El gobierno regional convocó la licitación para la ampliación del hospital provincial de Huarancayo, paralizada desde hace dos años, por un monto de 140 millones de soles.

      El gobernador regional aseguró que la obra comenzará en abril y durará dos años.

      El hospital atiende a pacientes de toda la provincia.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    S(
        "h075",
        "ann",
        "2026-11-09T15:00:00Z",
        "Pampa Alondra: municipio clausura planta de harina de pescado por contaminación",
        """Huarancayo, 9 nov (ANN). La Municipalidad Distrital de Pampa Alondra clausuró temporalmente una planta de harina de pescado ubicada cerca de la playa Las Conchitas, tras comprobar que vertía efluentes sin tratar al mar.

      El alcalde Rigoberto Salcedo Huamaní dijo que la planta no reabrirá hasta que instale un sistema de tratamiento. Los vecinos celebraron la medida.

      La empresa anunció que presentará un recurso de reconsideración.""",
        m="I A",
        t="",
        tone="+",
    ),
    S(
        "h076",
        "ann",
        "2026-11-11T13:40:00Z",
        "Serenazgo sin armas: distritos del norte chico discuten modelo",
        """Lima, 11 nov (ANN). Alcaldes de diez distritos del norte chico se reunieron en Huarancayo para discutir un modelo común de serenazgo sin armas y patrullaje integrado con la Policía.

      El alcalde de Alondra Alta, Ernesto Salcedo Paredes, presentó la experiencia de su distrito, donde los serenos patrullan en bicicleta.

      Los alcaldes acordaron crear una central de videovigilancia provincial.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="namesake mayor in a security story",
    ),
    S(
        "h077",
        "ann",
        "2026-11-14T16:10:00Z",
        "Comerciantes del mercado de Nueva Alondra denuncian abandono de obra",
        """Huarancayo, 14 nov (ANN). Comerciantes del mercado de Nueva Alondra denunciaron que la obra del nuevo mercado, a cargo de la Municipalidad Distrital de Pampa Alondra, está paralizada desde hace tres semanas.

      La empresa contratista afirma que no recibe pagos desde septiembre. La comuna alondrina sostiene que la empresa no presentó las valorizaciones a tiempo.

      Los comerciantes venden en la calle desde hace un año.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "h078",
        "ann",
        "2026-11-07T14:20:00Z",
        "Ministro del Interior visita Pampa Alondra",
        """Huarancayo, 7 nov (ANN). El ministro del Interior visitó la central de videovigilancia de Pampa Alondra, a la que calificó como «un modelo para los distritos del país».

      El ministro fue recibido por el alcalde Rigoberto Salcedo Huamaní y el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, quienes explicaron el funcionamiento del patrullaje integrado.

      El ministro anunció la entrega de cinco patrulleros para la comisaría del distrito.""",
        m="A S",
        t="seguridad",
        tone="+",
    ),
    S(
        "h079",
        "ann",
        "2026-11-05T16:00:00Z",
        "Agricultores del valle de Huancachi reciben semillas",
        """Huarancayo, 5 nov (ANN). El Ministerio de Desarrollo Agrario entregó semillas certificadas de maíz y frijol a 800 agricultores del valle de Huancachi afectados por la sequía.

      La entrega se realizó en el local de la junta de usuarios de riego. Los agricultores pidieron también apoyo para perforar pozos.

      El ministerio evaluará el pedido con la Autoridad Nacional del Agua.""",
        m="",
        t="",
        tone="0",
        about=False,
    ),
    # --- Perú al Día: teasers, blog pages with footers; own stories and copies --------------------------------------
    C(
        "h080",
        "h067",
        "peru",
        "2026-11-02T18:00:00Z",
        "Vivienda transfiere S/ 8 millones para saneamiento en distrito de Huarancayo",
        lead="El Ministerio de Vivienda transfirió 8 millones de soles a la Municipalidad Distrital de Pampa Alondra para el proyecto de agua potable y alcantarillado de Cerro Colorado, en la provincia de Huarancayo.",
        path="2026/11",
    ),
    C(
        "h081",
        "h068",
        "peru",
        "2026-11-04T16:00:00Z",
        "Contraloría alerta sobre obra de mercado municipal",
        path="2026/11",
    ),
    C(
        "h082",
        "h072",
        "peru",
        "2026-11-12T16:45:00Z",
        "Procuraduría denuncia a alcalde por compra de camionetas",
        path="2026/11",
    ),
    C(
        "h083",
        "h073",
        "peru",
        "2026-11-13T19:20:00Z",
        "El distrito que venció a la anemia",
        path="2026/11",
        lead="La Municipalidad Distrital de Pampa Alondra, en Huarancayo, fue premiada por el Midis por reducir en siete puntos la anemia infantil en solo un año, el mejor resultado de la región.",
    ),
    S(
        "h084",
        "peru",
        "2026-11-03T20:00:00Z",
        "Cinco destinos de playa para este verano en el norte chico",
        """Las playas del norte chico son una alternativa cercana a Lima. Recomendamos Las Conchitas, en Pampa Alondra, por sus aguas tranquilas; Punta Lobos, en Huarancayo, para los surfistas; y El Faro, en Alondra Alta, para acampar.

      La mayoría cuenta con restaurantes de comida marina y hospedajes familiares a precios accesibles.

      Recuerde llevar protector solar y no dejar basura en la arena.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="2026/11",
        note="travel piece naming the place; 'basura' in passing",
    ),
    S(
        "h085",
        "peru",
        "2026-11-05T22:30:00Z",
        "Columna: el alcalde que no se deja entrevistar",
        """Hace tres meses que pedimos una entrevista al alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, para preguntarle por el parque de Cerro Colorado y por la compra de camionetas. La respuesta siempre es la misma: «El alcalde tiene agenda recargada».

      Un alcalde que no rinde cuentas a la prensa no rinde cuentas a los vecinos. La transparencia no es un favor, es una obligación.

      Seguimos esperando.""",
        m="A",
        t="",
        tone="-",
        path="2026/11",
    ),
    S(
        "h086",
        "peru",
        "2026-11-07T18:40:00Z",
        "Ollas comunes de Huarancayo reciben alimentos del Midis",
        """Ciento veinte ollas comunes de la provincia de Huarancayo recibieron alimentos no perecibles del Ministerio de Desarrollo e Inclusión Social, como parte del programa de apoyo alimentario.

      Las dirigentes pidieron que la entrega sea mensual y no cada tres meses, como ocurre ahora.

      El ministerio anunció que evaluará ampliar la frecuencia en 2027.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="2026/11",
    ),
    C(
        "h087",
        "h075",
        "peru",
        "2026-11-09T17:30:00Z",
        "Cierran planta pesquera por contaminar el mar en el norte chico",
        path="2026/11",
    ),
    S(
        "h088",
        "peru",
        "2026-11-10T21:00:00Z",
        "Entrevista: «Ningún distrito se salva solo», dice la alcaldesa de Santa María del Valle",
        """La alcaldesa de Santa María del Valle, Rosa Elvira Campos Díaz, habló con Perú al Día sobre el dengue, la sequía y la falta de presupuesto. «Ningún distrito se salva solo; necesitamos una mancomunidad», afirmó.

      La burgomaestra propuso que los distritos del valle compren juntos maquinaria y cisternas para reducir costos.

      Campos Díaz fue elegida en 2022 y es la primera mujer que gobierna su distrito.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="2026/11",
        note="another town's mayoress",
    ),
    C(
        "h089",
        "h077",
        "peru",
        "2026-11-14T18:00:00Z",
        "Mercado de Nueva Alondra: obra paralizada y comerciantes en la calle",
        path="2026/11",
    ),
    S(
        "h090",
        "peru",
        "2026-11-11T19:50:00Z",
        "Pampa Alondra: jóvenes crean app para reportar baches",
        """Tres estudiantes de ingeniería de Pampa Alondra crearon una aplicación para que los vecinos reporten baches, luminarias apagadas y puntos de basura con una foto y su ubicación.

      La Municipalidad Distrital de Pampa Alondra firmó un convenio con los jóvenes para usar la aplicación y responder los reportes en un plazo de 72 horas.

      En la primera semana se recibieron 340 reportes.""",
        m="I",
        t="",
        tone="+",
        path="2026/11",
    ),
    C(
        "h091",
        "h071",
        "peru",
        "2026-11-10T19:00:00Z",
        "Pagar impuestos con QR: la apuesta de un distrito del norte chico",
        path="2026/11",
    ),
    S(
        "h092",
        "peru",
        "2026-11-13T21:30:00Z",
        "Gerente de seguridad de Pampa Alondra: «Tenemos pocos serenos para tanto distrito»",
        """El gerente de Seguridad Ciudadana de Pampa Alondra, Wilber Ñaupari Cóndor, reconoció en entrevista con Perú al Día que el distrito necesita el doble de serenos para cubrir todos los sectores.

      «Tenemos 90 serenos para 70 mil habitantes. Lo recomendable sería tener al menos 150», dijo el funcionario.

      Ñaupari pidió al Ministerio del Interior más policías para la comisaría del distrito.""",
        m="S",
        t="seguridad",
        tone="0",
        path="2026/11",
    ),
    C(
        "h093",
        "h078",
        "peru",
        "2026-11-07T16:30:00Z",
        "Mininter elogia central de videovigilancia de distrito norteño",
        path="2026/11",
    ),
    # --- Portal Norte Chico: aggregator copies with their own headline, lead or credit line ---------------------------
    C(
        "h094",
        "h001",
        "norte",
        "2026-11-02T09:30:00-05:00",
        "Avenida Los Incas será pavimentada tras treinta años",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h095",
        "h003",
        "norte",
        "2026-11-03T10:00:00-05:00",
        "Robos bajan 27% en la zona comercial de Pampa Alondra",
        lead="Según el balance del gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, las denuncias por robo en la zona comercial de Pampa Alondra bajaron 27% en octubre respecto al mismo mes del año pasado.",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h096",
        "h005",
        "norte",
        "2026-11-04T11:00:00-05:00",
        "Arbitrios se mantendrán en 2027",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h097",
        "h006",
        "norte",
        "2026-11-05T08:00:00-05:00",
        "Fuego consume catorce puestos en Nueva Alondra",
        extra="Con información de La Voz de Huarancayo.",
    ),
    C(
        "h098",
        "h009",
        "norte",
        "2026-11-06T10:00:00-05:00",
        "Campaña «Niños fuertes» llegará a nueve centros poblados",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h099",
        "h012",
        "norte",
        "2026-11-09T10:30:00-05:00",
        "Contenedores soterrados en la plaza de Pampa Alondra",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h100",
        "h015",
        "norte",
        "2026-11-11T09:15:00-05:00",
        "Cobran serenazgo que nunca llega, denuncian en Los Pinos",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h101",
        "h019",
        "norte",
        "2026-11-14T10:00:00-05:00",
        "Quinientas familias ya son propietarias",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h102",
        "h024",
        "norte",
        "2026-11-14T08:00:00-05:00",
        "Premio nacional para Pampa Alondra por su gestión de residuos",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h103",
        "h067",
        "norte",
        "2026-11-02T19:00:00Z",
        "Ocho millones para el agua de Cerro Colorado",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "h104",
        "h068",
        "norte",
        "2026-11-04T17:00:00Z",
        "Control concurrente advierte retrasos en mercado",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "h105",
        "h072",
        "norte",
        "2026-11-12T17:30:00Z",
        "Alcalde Salcedo denunciado por compra de camionetas",
        lead="El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, fue denunciado por la Procuraduría Anticorrupción por presunta negociación incompatible en la compra de camionetas para el serenazgo.",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "h106",
        "h004",
        "norte",
        "2026-11-03T21:00:00-05:00",
        "Invasión en Lomo de Corvina",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h107",
        "h010",
        "norte",
        "2026-11-07T12:00:00-05:00",
        "El parque de Cerro Colorado sigue sin terminarse",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h108",
        "h020",
        "norte",
        "2026-11-14T14:00:00-05:00",
        "Colegios fumigados por casos de dengue",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "h109",
        "h075",
        "norte",
        "2026-11-09T18:00:00Z",
        "Clausuran harinera en Las Conchitas",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "h110",
        "h073",
        "norte",
        "2026-11-13T20:00:00Z",
        "Premian a Pampa Alondra por reducir la anemia",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "h111",
        "h023",
        "norte",
        "2026-11-12T17:00:00-05:00",
        "Sindicato municipal anuncia huelga indefinida",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    # --- El Informativo Alondrino: section page, date-only pages, more articles than one poll fetches -----------------
    S(
        "h112",
        "informativo",
        "2026-11-02",
        "Comité de vaso de leche denuncia leche vencida",
        """Madres del comité del Vaso de Leche de Villa Esperanza denunciaron que recibieron tarros de leche con la fecha de vencimiento pasada en la última entrega de la Municipalidad Distrital de Pampa Alondra.

      «Casi le damos a nuestros hijos leche malograda», dijo la coordinadora del comité, quien mostró los tarros a este medio.

      El municipio alondrino dijo que cambiará los productos y que pedirá explicaciones al proveedor.""",
        m="I",
        t="",
        tone="-",
        path="sociales",
    ),
    S(
        "h113",
        "informativo",
        "2026-11-03",
        "Club de Leones dona sillas de ruedas",
        """El Club de Leones de Pampa Alondra donó veinte sillas de ruedas a personas con discapacidad de bajos recursos del distrito.

      La ceremonia se realizó en el local del club con la presencia de los beneficiarios y sus familias.

      El club prepara una campaña de despistaje de catarata para enero.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="sociales",
    ),
    S(
        "h114",
        "informativo",
        "2026-11-04",
        "Alcalde Salcedo Huamaní recibe a delegación de Alondra, Colombia",
        """El alcalde Rigoberto Salcedo Huamaní recibió a una delegación del municipio colombiano de La Alondra, que visitó el distrito para conocer el programa de segregación de residuos.

      Ambos municipios firmaron una carta de intención para intercambiar experiencias en gestión de residuos y turismo.

      La delegación visitó también la playa Las Conchitas y la central de videovigilancia.""",
        m="A",
        t="limpieza",
        tone="+",
        path="politica",
    ),
    S(
        "h115",
        "informativo",
        "2026-11-05",
        "Regidor Llerena pide auditoría al vaso de leche",
        """El regidor Óscar Llerena Vilca pidió una auditoría al programa Vaso de Leche tras la denuncia de las madres de Villa Esperanza por la entrega de leche vencida.

      El concejal solicitó que la compra de insumos sea revisada por el órgano de control institucional de la Municipalidad Distrital de Pampa Alondra.

      El pedido será visto en la próxima sesión de concejo.""",
        m="R I",
        t="",
        tone="-",
        path="politica",
    ),
    S(
        "h116",
        "informativo",
        "2026-11-06",
        "Se inaugura la temporada de verano en Las Conchitas",
        """Con un festival de música y deportes de playa se inauguró la temporada de verano en la playa Las Conchitas. La Municipalidad Distrital de Pampa Alondra instaló tachos, baños portátiles y una caseta de salvavidas.

      La teniente alcaldesa Carmen Yupanqui Soto pidió a los visitantes no dejar basura en la arena.

      La playa contará con limpieza pública diaria hasta marzo.""",
        m="I T",
        t="limpieza",
        tone="+",
        path="turismo",
    ),
    S(
        "h117",
        "informativo",
        "2026-11-07",
        "Vecinos de Alondra Alta piden serenazgo",
        """Vecinos del distrito de Alondra Alta pidieron a su municipalidad crear un serenazgo, tras una ola de asaltos a mototaxistas en la carretera.

      El alcalde de ese distrito, Ernesto Salcedo Paredes, respondió que el serenazgo sin armas empezará en enero.

      Los mototaxistas anunciaron que mientras tanto organizarán rondas.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="seguridad",
        note="namesake mayor; 'serenazgo'",
    ),
    S(
        "h118",
        "informativo",
        "2026-11-08",
        "Gerenta municipal se reúne con comerciantes del mercado",
        """La gerenta municipal Lucía Ferrándiz Tapia se reunió con los comerciantes del mercado de Nueva Alondra para explicar la situación de la obra del nuevo mercado.

      Ferrándiz informó que la municipalidad resolverá el contrato con la empresa si no reanuda los trabajos en diez días.

      Los comerciantes pidieron un cronograma por escrito.""",
        m="G",
        t="obras",
        tone="0",
        path="obras",
    ),
    S(
        "h119",
        "informativo",
        "2026-11-09",
        "Campaña de salud visual para escolares",
        """Más de seiscientos escolares de Pampa Alondra pasaron evaluación oftalmológica gratuita en una campaña de salud organizada por la municipalidad y una óptica de Huarancayo.

      Los niños con problemas de visión recibirán lentes sin costo en diciembre.

      La campaña continuará en los colegios de los centros poblados.""",
        m="",
        t="salud",
        tone="+",
        about=True,
        path="salud",
    ),
    S(
        "h120",
        "informativo",
        "2026-11-10",
        "Sereno herido durante intervención en Los Pinos",
        """Un sereno de Pampa Alondra resultó herido con arma blanca cuando intervenía a un grupo de jóvenes que consumían drogas en un parque de Los Pinos.

      El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, visitó al sereno en el hospital y anunció que la municipalidad cubrirá todos los gastos médicos.

      Los agresores fueron detenidos por la Policía.""",
        m="S",
        t="seguridad",
        tone="0",
        path="seguridad",
    ),
    S(
        "h121",
        "informativo",
        "2026-11-11",
        "Concurso de nacimientos navideños",
        """La parroquia San Bartolomé convoca al tradicional concurso de nacimientos navideños, abierto a familias, colegios e instituciones del distrito.

      Los nacimientos serán visitados por un jurado entre el 20 y el 23 de diciembre. Los premios serán entregados en la misa de Nochebuena.

      Las inscripciones se reciben en el despacho parroquial.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="cultura",
    ),
    S(
        "h122",
        "informativo",
        "2026-11-12",
        "Teniente alcaldesa Yupanqui presenta padrón de ollas comunes",
        """La teniente alcaldesa Yupanqui presentó el padrón actualizado de ollas comunes de Pampa Alondra, que registra 46 ollas que atienden a 3 200 personas.

      El padrón permitirá acceder a la ampliación del apoyo alimentario del Midis en 2027.

      Las dirigentes pidieron que la municipalidad les ayude con cocinas y balones de gas.""",
        m="T",
        t="",
        tone="0",
        path="sociales",
    ),
    S(
        "h123",
        "informativo",
        "2026-11-13",
        "Pampa Alondra rinde homenaje a sus fundadores",
        """La Municipalidad Distrital de Pampa Alondra rindió homenaje a los fundadores del distrito en el 61 aniversario de su creación política, con una sesión solemne y un desfile cívico.

      El alcalde Rigoberto Salcedo Huamaní entregó medallas a doce vecinos notables, entre ellos la primera profesora del distrito.

      Las celebraciones continuarán con una serenata en la plaza de armas.""",
        m="I A",
        t="",
        tone="+",
        path="cultura",
    ),
    S(
        "h124",
        "informativo",
        "2026-11-14",
        "Vecinos de Las Palmeras reclaman por falta de alumbrado",
        """Vecinos de la urbanización Las Palmeras reclamaron que diez postes de alumbrado público están apagados desde hace un mes, lo que ha facilitado dos asaltos en la zona.

      Según los vecinos, la municipalidad de Pampa Alondra y la empresa eléctrica se culpan mutuamente.

      Los vecinos anunciaron un plantón frente al palacio municipal.""",
        m="I",
        t="seguridad",
        tone="-",
        path="vecinos",
    ),
    S(
        "h125",
        "informativo",
        "2026-11-04",
        "Biblioteca itinerante recorre los centros poblados",
        """Un bus convertido en biblioteca recorre los centros poblados del valle de Huancachi con dos mil libros para niños y jóvenes, gracias a una iniciativa de la asociación cultural Alondra Lee.

      El bus visita cada centro poblado una vez al mes y presta libros por cuatro semanas.

      La asociación busca voluntarios para las actividades de lectura.""",
        m="",
        t="",
        tone="0",
        about=False,
        path="cultura",
    ),
    # --- more La Voz, Correo and radio stories ------------------------------------------------------------------------------
    S(
        "h126",
        "voz",
        "2026-11-10T12:00:00-05:00",
        "Pampa Alondra contrata nutricionistas para los comedores",
        """La Municipalidad Distrital de Pampa Alondra contrató a cuatro nutricionistas que visitarán los comedores populares y las ollas comunes para mejorar la alimentación de los niños.

      La medida forma parte de la estrategia contra la anemia, que ya redujo en siete puntos la prevalencia en el distrito.

      Las nutricionistas también harán seguimiento a los niños en sus casas.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "h127",
        "voz",
        "2026-11-13T06:40:00-05:00",
        "Vecinos de Pampa Alondra no pagarán multas por arbitrios atrasados",
        """Los vecinos de Pampa Alondra que se pongan al día en sus arbitrios hasta el 31 de diciembre no pagarán multas ni intereses, según la ordenanza aprobada por el concejo municipal.

      La medida no incluye el impuesto predial. La gerencia de rentas de la municipalidad de Pampa Alondra extenderá su horario de atención hasta las ocho de la noche.

      En 2025 se acogieron al beneficio más de cuatro mil contribuyentes.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "h128",
        "correo",
        "2026-11-14T09:30:00-05:00",
        "El burgomaestre provincial inaugura terminal terrestre",
        """El alcalde provincial de Huarancayo, Julio Cahuana Rojas, inauguró el nuevo terminal terrestre de la capital provincial, que ordenará la salida de buses interprovinciales.

      El burgomaestre destacó que el terminal tiene capacidad para cuarenta buses y una zona comercial con sesenta locales.

      Las empresas de transporte tienen un mes para trasladarse al terminal.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="'el burgomaestre' of the province",
    ),
    S(
        "h129",
        "radio",
        "2026-11-12",
        "Noticiero La Mañana: la gerenta desmiente despidos",
        """LOCUTOR: En la línea la gerenta municipal Lucía Ferrándiz Tapia para hablar de los rumores de despidos.

      GERENTA FERRÁNDIZ: Ningún trabajador será despedido. Lo que estamos haciendo es reordenar las áreas para mejorar la atención. No crean en rumores.

      LOCUTOR: Queda claro. Gracias, gerenta.""",
        m="G",
        t="",
        tone="0",
    ),
    S(
        "h130",
        "tv",
        "2026-11-14T23:20:00Z",
        "Noticiero Central: vecinos satisfechos con la nueva biblioteca",
        """CONDUCTORA: La nueva biblioteca municipal de Pampa Alondra recibió más de quinientos visitantes en su primera semana.

      REPORTERO: Estudiantes y adultos mayores llenan las salas de lectura. La municipalidad de Pampa Alondra anunció talleres de computación gratuitos para adultos mayores.

      ESTUDIANTE: Ahora podemos hacer nuestras tareas aquí, con internet gratis.""",
        m="I",
        t="",
        tone="+",
    ),
    S(
        "h131",
        "ann",
        "2026-11-14T19:30:00Z",
        "Pampa Alondra y Alondra Alta firman convenio por el agua del valle",
        """Huarancayo, 14 nov (ANN). Los alcaldes de Pampa Alondra, Rigoberto Salcedo Huamaní, y de Alondra Alta, Ernesto Salcedo Paredes, firmaron un convenio para compartir el agua del reservorio de Huancachi durante la sequía.

      Los alcaldes, que no son parientes pese a compartir el apellido, acordaron turnos de riego y la construcción conjunta de un canal.

      Los agricultores de ambos distritos saludaron el acuerdo.""",
        m="A",
        t="",
        tone="+",
        note="both namesake mayors in one story",
    ),
    C(
        "h132",
        "h131",
        "peru",
        "2026-11-14T21:00:00Z",
        "Dos alcaldes Salcedo firman acuerdo por el agua",
        path="2026/11",
    ),
    C(
        "h133",
        "h131",
        "norte",
        "2026-11-14T21:30:00Z",
        "Convenio por el agua entre Pampa Alondra y Alondra Alta",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    S(
        "h134",
        "radio",
        "2026-11-14",
        "Noticiero La Mañana: aún no hay fecha para el hospital",
        """LOCUTOR: Los vecinos de Nueva Alondra preguntan por el hospital. El alcalde Salcedo volvió de Lima sin una respuesta del Ministerio de Salud.

      REPORTERO: El Ministerio dice que el proyecto no tiene presupuesto para 2027. Los dirigentes dicen que el alcalde no supo gestionar.

      LOCUTOR: Seguiremos insistiendo en este tema.""",
        m="A",
        t="salud",
        tone="-",
    ),
    S(
        "h135",
        "voz",
        "2026-11-07T09:30:00-05:00",
        "Cumbia y tradición: Rigoberto Salcedo graba con la Banda de Pampa Alondra",
        """El cantante de cumbia Rigoberto Salcedo grabó un tema junto a la Banda de Músicos de Pampa Alondra, que celebra cincuenta años de fundación.

      La canción, titulada «Alondra querida», será presentada en la serenata por el aniversario del distrito.

      El artista, natural de Huarancayo, dijo que la banda lo acompañó en sus primeros conciertos.""",
        m="",
        t="",
        tone="0",
        about=False,
        note="full-name namesake in a story set in the district",
    ),
    S(
        "h136",
        "voz",
        "2026-11-14T17:00:00-05:00",
        "La municipalidad no ha cumplido con el techado del comedor, dicen madres",
        """Las madres del comedor Virgen de Chapi, en Pampa Alondra, denunciaron que la municipalidad de Pampa Alondra no ha cumplido con techar su local, pese a que el compromiso se firmó en marzo.

      «Cocinamos bajo el sol y cuando llueve se moja todo», dijo la presidenta del comedor.

      La teniente alcaldesa Carmen Yupanqui Soto visitó el local y prometió que el techado se hará en diciembre.""",
        m="I T",
        t="",
        tone="-",
    ),
]
