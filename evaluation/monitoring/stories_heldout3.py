# ruff: noqa: E501
"""Third held-out split (issue 16): stories nobody tunes on, written by a new hand.

Written by hand for the evaluation on 2026-12-07, apart from every other split and WITHOUT looking at the pipeline:
the writer did not open heraldo/monitoring/** (tone, topics, watch list, analysis), the other stories files beyond
the format of heldout2's first stories, or any report on them; no story or label was changed after the pipeline was
run. Every name, outlet and place is invented. Labels follow the rules of docs/monitoring-evaluation.md: topics are
what a story about the municipality is about (often told with synonyms rather than the office's keywords), tone is a
careful reader's take on the municipality and its authorities, and stories not about us are neutral with no topic.

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
        "copies_of": ["k005", "k015"],
    },
    "boletin": {"name": "Boletín Vecinal Digital", "outlet": "boletin", "format": "bomb", "path": "/feed"},
    "quinta": {"name": "Semanario La Quinta", "outlet": "quinta", "format": "xxe", "path": "/rss"},
    "surchico": {"name": "Radio Sur Chico", "outlet": "surchico", "format": "html_error", "path": "/noticias/rss.xml"},
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
        "template": "blog",
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
    # --- La Voz de Huarancayo: full text in the feed (a provincial daily) ---------------------------------------------
    S(
        "k001",
        "voz",
        "2026-11-16T06:50:00-05:00",
        "Por fin sale agua del caño en Villa Esperanza",
        """Durante once años, las 340 familias del asentamiento humano Villa Esperanza, en la parte alta de Pampa Alondra, compraron el agua a los cisterneros a ocho soles el cilindro. Desde el sábado ya no: la Municipalidad Distrital de Pampa Alondra terminó de instalar la red de agua potable y las conexiones domiciliarias del sector.

      «Antes bajaba con mis dos baldes hasta la avenida, diez cuadras de ida y diez de vuelta, y el agua no alcanzaba ni para lavar», contó Felícita Ramos, de 58 años, mientras abría el caño de su patio por primera vez.

      Los trabajos incluyeron un reservorio de 250 metros cúbicos y 4,2 kilómetros de tuberías. El alcalde Rigoberto Salcedo Huamaní dijo que la operación pasará a la empresa prestadora en enero.""",
        m="I A",
        t="obras",
        tone="+",
        note="praise told through a resident and 'por fin'; works told as 'red de agua', 'trabajos'",
    ),
    S(
        "k002",
        "voz",
        "2026-11-16T11:30:00-05:00",
        "Concejo aprueba alza de 6 % en los arbitrios para 2027",
        """Con siete votos a favor y dos en contra, el concejo de la Municipalidad Distrital de Pampa Alondra aprobó en la noche del viernes la ordenanza que fija los arbitrios de barrido, recojo de residuos, parques y serenazgo para el próximo año. El incremento promedio será de 6 %.

      El regidor Óscar Llerena Vilca votó en contra y sostuvo que «el vecino paga más por un servicio que no mejora». La teniente alcaldesa Carmen Yupanqui Soto respondió que la tasa no se ajustaba desde 2023 y que el costo del combustible subió 30 %.

      La ordenanza debe ser ratificada por la municipalidad provincial de Huarancayo antes de su publicación en el diario oficial.""",
        m="I T R",
        t="tributos",
        tone="0",
        note="a vote reported with both sides",
    ),
    S(
        "k003",
        "voz",
        "2026-11-16T15:10:00-05:00",
        "Alondra Alta estrena posta médica en el caserío Huayrapata",
        """El alcalde de Alondra Alta, Ernesto Salcedo Paredes, inauguró la posta médica del caserío Huayrapata, que atenderá a unas 900 personas de cinco anexos que hasta ahora debían viajar dos horas hasta el centro de salud más cercano.

      «Aquí no había ni un tópico», recordó el alcalde Salcedo en la ceremonia. La obra costó 1,1 millones de soles y fue financiada con recursos del canon.

      La Dirección Regional de Salud asignará un médico serums y dos técnicas de enfermería desde diciembre.""",
        about=False,
        note="namesake: Alondra Alta's mayor, 'el alcalde Salcedo'; health keywords in another district",
    ),
    S(
        "k004",
        "voz",
        "2026-11-16T19:20:00-05:00",
        "Robos al paso bajan 18 % en el centro de Pampa Alondra",
        """Las denuncias por robo al paso en el cercado de Pampa Alondra bajaron 18 % entre julio y octubre respecto del mismo periodo del año pasado, según el observatorio de la comisaría y de la Gerencia de Seguridad Ciudadana de la Municipalidad Distrital de Pampa Alondra.

      El gerente Wilber Ñaupari Cóndor atribuyó el resultado a la división del cercado en seis sectores con un patrullero fijo cada uno y a las doce cámaras instaladas en el jirón Comercio. «Ahora el sereno conoce a los bodegueros por su nombre», dijo.

      Los comerciantes del jirón Comercio confirmaron que desde agosto no han tenido arranchos en la cuadra. «Antes cerrábamos a las siete; ahora atendemos hasta las diez», señaló la bodeguera Nelly Cóndor.""",
        m="I S",
        t="seguridad",
        tone="+",
    ),
    S(
        "k005",
        "voz",
        "2026-11-17T07:40:00-05:00",
        "El botadero de Ccochapampa sigue abierto ocho meses después de la promesa",
        """En marzo, la Municipalidad Distrital de Pampa Alondra anunció que en junio cerraría el botadero de Ccochapampa y llevaría los residuos al relleno sanitario de la provincia. Estamos en noviembre y los volquetes aún descargan a orillas del río Chillahuay.

      El convenio con la municipalidad provincial sigue pendiente de firma y el plan de cierre todavía no tiene financiamiento, reconoció la Subgerencia de Gestión Ambiental. Mientras tanto, los vecinos de la comunidad de Ccochapampa conviven con el humo de la quema nocturna.

      «Nos dijeron junio, después agosto. Ya no preguntamos», resumió el presidente comunal Teodoro Anccasi.""",
        m="I",
        t="limpieza",
        tone="-",
        note="criticism without strong words: promise, 'sigue pendiente', 'todavía no'",
    ),
    S(
        "k006",
        "voz",
        "2026-11-17T09:00:00-05:00",
        "Opinión | Una plaza de cuatro millones",
        """Por Marcela Villacorta

      Pampa Alondra tendrá, dicen, la plaza más bonita de la provincia: piletas danzantes, luces led y bancas de granito. Costará cuatro millones de soles. El mismo presupuesto que la Municipalidad Distrital de Pampa Alondra dice no tener para asfaltar las calles de Villa Esperanza o para contratar un segundo médico en el policlínico.

      No discuto que una plaza digna también es ciudad. Discuto el orden. El alcalde Rigoberto Salcedo Huamaní eligió lo que se ve en las fotos antes que lo que se siente en los pulmones de los niños que respiran polvo.

      Una gestión se mide por sus prioridades. Esta ya escogió las suyas.""",
        m="I A",
        t="obras",
        tone="-",
        note="opinion column",
    ),
    S(
        "k007",
        "voz",
        "2026-11-17T13:15:00-05:00",
        "«El gobierno regional nos trata como distrito de segunda», dice Salcedo",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, acusó al gobierno regional de haber recortado a la mitad la transferencia del canon para el distrito en 2027 sin consultar a los alcaldes.

      «Nos enteramos por el portal de Transparencia. Esa no es forma de tratar a un distrito que aporta a la región. Parece que para ellos somos de segunda», declaró tras la reunión de la mancomunidad del valle.

      El gerente regional de Planeamiento, Augusto Pinedo, respondió que la redistribución responde a la caída de la producción minera y que ningún distrito fue tratado de forma distinta.""",
        m="A",
        tone="0",
        note="the Mayor criticising the regional government: neutral toward us",
    ),
    S(
        "k008",
        "voz",
        "2026-11-17T18:30:00-05:00",
        "Lucía Ferrándiz: «Preferimos gastar bien que gastar rápido»",
        """La gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, conversó con La Voz sobre el avance del gasto de inversión del distrito, que a mediados de noviembre llega a 52 %.

      —El MEF los ubica entre los distritos de ejecución más baja de la provincia. ¿Qué pasó?
      —Tuvimos tres licitaciones declaradas desiertas. Preferimos gastar bien que gastar rápido; apurarse para llegar al 90 % en diciembre es como se hacen las obras mal hechas.

      —¿Se va a perder dinero?
      —Lo que no se comprometa este año se incorpora en 2027. No se pierde, pero entiendo la impaciencia de los vecinos.

      —¿Qué obra sale primero?
      —La pavimentación de Los Ficus: el contrato se firma la próxima semana.""",
        m="G",
        t="obras",
        tone="0",
        note="interview Q&A: a low figure and its explanation, no side taken by the paper",
    ),
    S(
        "k009",
        "voz",
        "2026-11-18T06:30:00-05:00",
        "Carta del lector: Gracias a los barrenderos de la avenida Los Incas",
        """Señor director:

      Vivo desde hace treinta años en la avenida Los Incas y quiero contar algo que no suele salir en los periódicos. Desde setiembre, a las cinco de la mañana, una cuadrilla de barrenderas de la Municipalidad de Pampa Alondra deja la avenida impecable, y a las siete pasa el camión. Mis nietos ya caminan al colegio sin esquivar bolsas rotas.

      A veces solo escribimos para quejarnos. Esta vez, gracias.

      Hermelinda Quispe Arce
      DNI 08451223""",
        m="I",
        t="limpieza",
        tone="+",
        note="letter from a reader",
    ),
    S(
        "k010",
        "voz",
        "2026-11-18T10:45:00-05:00",
        "Casos de dengue en el caserío Pampa Alondra, en Piura, obligan a fumigar",
        """La Dirección Regional de Salud de Piura confirmó once casos de dengue en el caserío Pampa Alondra, del distrito de Tambogrande, e inició la fumigación de 600 viviendas.

      Las brigadas también recogen inservibles y llantas que acumulan agua. La posta médica del caserío atiende las 24 horas mientras dure la alerta.

      El caserío piurano comparte nombre con el distrito de Huarancayo, pero está a más de 500 kilómetros.""",
        about=False,
        note="namesake: the Piura hamlet; health keywords",
    ),
    S(
        "k011",
        "voz",
        "2026-11-18T14:20:00-05:00",
        "A seis semanas de cerrar el año, Pampa Alondra apenas ha gastado 41 % de su inversión",
        """Según la consulta amigable del Ministerio de Economía y Finanzas, la Municipalidad Distrital de Pampa Alondra ha devengado 41 % de los 38 millones de soles de su presupuesto de inversión, cuando el promedio provincial es 63 %.

      De los doce proyectos programados, cuatro aún no tienen contrato. Entre ellos están el mejoramiento de la vía a Tinajas y la ampliación del policlínico, que figuran en el plan de gobierno del alcalde desde 2023.

      Un especialista en gestión pública consultado por este diario señaló que «lo que no se ejecuta no llega a los vecinos, aunque la plata no se devuelva».""",
        m="I",
        t="obras",
        tone="-",
        note="criticism through a figure: budget unspent",
    ),
    S(
        "k012",
        "voz",
        "2026-11-18T17:50:00-05:00",
        "JNE declara improcedente el pedido de vacancia contra el Tigre Salcedo",
        """El Jurado Nacional de Elecciones declaró improcedente el pedido de vacancia presentado en agosto contra el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, por presunto nepotismo en la contratación de un sobrino político.

      El pleno concluyó que no se acreditó el parentesco por afinidad alegado ni la injerencia del alcalde en la contratación, que fue hecha por la gerencia de Recursos Humanos.

      «El Tigre Salcedo sale fortalecido», dijo el abogado del burgomaestre, Ricardo Alfaro. El solicitante anunció que no presentará otro recurso.""",
        m="A",
        tone="+",
        note="a dismissal: good news for the Mayor, no praise word",
    ),
    S(
        "k013",
        "voz",
        "2026-11-19T07:05:00-05:00",
        "Corte de agua en el cercado de Pampa Alondra este jueves",
        """La empresa prestadora Sedahuarancayo anunció un corte del servicio de agua potable este jueves de 8 de la mañana a 6 de la tarde en el cercado de Pampa Alondra, por obras de empalme de una nueva tubería matriz en la avenida Los Incas.

      Los sectores afectados son el cercado, la urbanización Los Ficus y el jirón Comercio. La empresa recomienda almacenar agua con anticipación.""",
        about=False,
        note="utility's announcement in the district: no municipal angle; 'obras' in passing",
    ),
    S(
        "k014",
        "voz",
        "2026-11-19T09:30:00-05:00",
        "Las recicladoras de Pampa Alondra ya tienen uniforme, ruta y sueldo",
        """Hace dos años, Juana Mamani recorría las calles de Pampa Alondra con un triciclo prestado y separaba botellas de la basura en la madrugada. Hoy tiene uniforme, carné, seguro de salud y una ruta fija de 410 viviendas que le entregan el plástico y el cartón ya separados.

      Es una de las 23 integrantes de la asociación Manos Verdes, formalizada por la Municipalidad Distrital de Pampa Alondra dentro de su programa de segregación en la fuente. Cada jueves, las viviendas inscritas sacan una bolsa verde con lo reciclable; el resto sigue yendo al camión.

      El programa empezó con 300 casas y hoy suma 2,300. La teniente alcaldesa Carmen Yupanqui Soto, que lo impulsó desde el concejo, calcula que el distrito dejó de enviar al botadero unas 14 toneladas al mes.

      «Antes me botaban de las esquinas como si fuera una ladrona», dice Juana. «Ahora los vecinos me esperan con la bolsa en la puerta».

      La asociación vende lo recolectado a una planta de Huarancayo. En octubre, cada socia ganó en promedio 1,150 soles.""",
        m="I T",
        t="limpieza",
        tone="+",
        note="long feature; waste told as 'reciclable', 'segregación', 'botadero'",
    ),
    S(
        "k015",
        "voz",
        "2026-11-19T12:40:00-05:00",
        "Llerena denuncia que licitación de pistas en Los Ficus estaba «cantada»",
        """El regidor Óscar Llerena Vilca presentó ante el Órgano de Control Institucional una denuncia por presunto direccionamiento en la licitación de la pavimentación de la urbanización Los Ficus, adjudicada por la Municipalidad Distrital de Pampa Alondra a la constructora Andes Norte por 5,7 millones de soles.

      Según Llerena, las bases exigían una experiencia en vías urbanas «que solo cumplía una empresa del país», y la buena pro se otorgó con una sola oferta válida. «El alcalde Salcedo sabía desde junio quién iba a ganar», afirmó.

      El regidor pidió suspender la firma del contrato hasta que Control se pronuncie.""",
        m="R A I",
        t="obras",
        tone="-",
        note="opposition regidor criticising the Mayor",
    ),
    S(
        "k016",
        "voz",
        "2026-11-19T20:10:00-05:00",
        "Municipio responde a Llerena: «Se presentaron cinco postores»",
        """La Municipalidad Distrital de Pampa Alondra rechazó la denuncia del regidor Óscar Llerena Vilca sobre la licitación de las pistas de Los Ficus y difundió las actas del proceso publicadas en el Seace.

      Según los documentos, cinco empresas compraron las bases, tres presentaron ofertas y dos fueron descalificadas por no acreditar al residente de obra. La gerenta municipal Lucía Ferrándiz Tapia recordó que el OSCE revisó las bases en setiembre a pedido de un participante y no formuló observaciones.

      Llerena insistió en que pedirá una auditoría. El contrato se firmará el lunes, informó la municipalidad.""",
        m="I R G",
        t="obras",
        tone="0",
        note="the municipality defending itself with documents: the reader is left with both sides",
    ),
    S(
        "k017",
        "voz",
        "2026-11-20T07:20:00-05:00",
        "Brigadas irán casa por casa a vacunar contra la influenza desde el lunes",
        """Desde el lunes 23, doce brigadas de la Municipalidad Distrital de Pampa Alondra y del centro de salud del distrito recorrerán las viviendas para aplicar la vacuna contra la influenza a mayores de 60 años, gestantes y niños menores de cinco años.

      Las brigadas llevarán chaleco azul y fotocheck. Quienes no estén en casa podrán acudir al local comunal de Los Pinos los sábados de 8 a 13 horas.""",
        m="I",
        t="salud",
        tone="0",
        note="agenda note",
    ),
    S(
        "k018",
        "voz",
        "2026-11-20T10:00:00-05:00",
        "Rigoberto Salcedo y su Grupo Fuego llenan el coliseo de Huarancayo",
        """El cantante de cumbia Rigoberto Salcedo y su Grupo Fuego reunieron a más de cuatro mil personas el sábado en el coliseo cerrado de Huarancayo, en el concierto por sus veinte años de carrera.

      Salcedo interpretó durante tres horas éxitos como «Pampa querida» y «Amor de alondra», y estrenó «Vuelve, corazón», grabado en Lima con músicos de la Orquesta Candela.

      La gira continuará en diciembre por Chiclayo y Trujillo.""",
        about=False,
        note="namesake: the cumbia singer; song titles with the place's name",
    ),
    S(
        "k019",
        "voz",
        "2026-11-20T13:35:00-05:00",
        "Se desprende la baranda del puente peatonal de La Totora a tres meses de entregado",
        """Un tramo de seis metros de la baranda metálica del puente peatonal sobre el canal La Totora se desprendió el miércoles por la tarde. Nadie resultó herido, pero los escolares del colegio 20145, que lo cruzan a diario, volvieron a usar el vado.

      El puente fue entregado en agosto por la Municipalidad Distrital de Pampa Alondra con una inversión de 480 mil soles. Vecinos señalan que las soldaduras se oxidaron a las pocas semanas.

      La municipalidad informó que notificó al contratista para que repare la estructura dentro del periodo de garantía.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "k020",
        "voz",
        "2026-11-20T16:40:00-05:00",
        "Audiencia de rendición de cuentas será el 12 de diciembre",
        """La Municipalidad Distrital de Pampa Alondra realizará su segunda audiencia pública de rendición de cuentas del año el sábado 12 de diciembre, a las 9 de la mañana, en el coliseo municipal.

      Las organizaciones que deseen intervenir deben inscribirse hasta el 5 de diciembre en mesa de partes, presentando la credencial de su junta directiva. Cada organización tendrá cinco minutos.""",
        m="I",
        tone="0",
        note="agenda note",
    ),
    S(
        "k021",
        "voz",
        "2026-11-21T07:10:00-05:00",
        "Predial: Pampa Alondra recauda 22 % más que el año pasado",
        """Hasta el 31 de octubre, la Municipalidad Distrital de Pampa Alondra recaudó 3,9 millones de soles por impuesto predial, 22 % más que en el mismo periodo de 2025, según su Gerencia de Administración Tributaria.

      La gerenta municipal Lucía Ferrándiz Tapia explicó que cuatro de cada diez pagos ya se hacen por el aplicativo y los agentes bancarios, lo que acabó con las colas de marzo. «Antes los adultos mayores hacían fila desde las seis de la mañana», recordó.

      La morosidad bajó de 46 % a 31 %.""",
        m="I G",
        t="tributos",
        tone="+",
        note="achievement told through figures",
    ),
    S(
        "k022",
        "voz",
        "2026-11-21T11:25:00-05:00",
        "La anemia infantil baja de 38 % a 29 % en Pampa Alondra",
        """Nueve de cada cien niños menores de tres años de Pampa Alondra dejaron de tener anemia en un año. El último tamizaje del centro de salud del distrito registró 29 % de prevalencia, frente a 38 % en noviembre de 2025.

      Detrás de la cifra hay 40 visitadoras que recorren los hogares con la balanza y el hemoglobinómetro, un programa de la Municipalidad Distrital de Pampa Alondra que coordina la teniente alcaldesa Carmen Yupanqui Soto, y las sesiones demostrativas de cocina con sangrecita y menestras en los comedores.

      «A mi hija le daba sueño en el jardín; ahora come su hígado sin renegar», cuenta Deysi Huamán, madre de Abigaíl, de dos años.""",
        m="I T",
        t="salud",
        tone="+",
    ),
    S(
        "k023",
        "voz",
        "2026-11-21T15:50:00-05:00",
        "Roban cáliz y candelabros de plata de la parroquia de Pampa Alondra",
        """Desconocidos forzaron la puerta lateral de la parroquia San Martín de Porres de Pampa Alondra en la madrugada del viernes y se llevaron un cáliz, dos candelabros de plata y la alcancía de las ofrendas.

      El párroco, padre Julián Espinoza, presentó la denuncia en la comisaría del distrito. La policía revisa las cámaras de una bodega vecina. «Son piezas del siglo XIX», lamentó el sacerdote.""",
        about=False,
        note="a robbery in the district with no municipal angle",
    ),
    S(
        "k024",
        "voz",
        "2026-11-22T08:15:00-05:00",
        "Nuevo mercado de Los Pinos abre entre reclamos por el sorteo de puestos",
        """El mercado de abastos de Los Pinos abrió el sábado sus 140 puestos, con cámaras de frío, servicios higiénicos y estacionamiento. La Municipalidad Distrital de Pampa Alondra invirtió 6,2 millones de soles en el local.

      Sin embargo, la inauguración estuvo marcada por la protesta de 35 comerciantes que vendían en la feria de la avenida Grau y que se quedaron sin puesto. Denuncian que el sorteo incluyó a personas que nunca vendieron en la zona. «Hay puestos para familiares de funcionarios», acusó la dirigenta Santos Villanueva.

      La municipalidad dijo que publicará el padrón y que atenderá los reclamos en una mesa de trabajo el miércoles.""",
        m="I",
        t="obras",
        tone="-",
        note="mixed: a finished market, but the headline and the story's weight are the complaint",
    ),
    S(
        "k025",
        "voz",
        "2026-11-22T12:30:00-05:00",
        "Video muestra a serenos golpeando a vendedora de emoliente; separan a tres",
        """Un video grabado por un transeúnte muestra a tres serenos de la Municipalidad Distrital de Pampa Alondra empujando al suelo a una vendedora de emoliente de 63 años y pateando su carretilla en la esquina de Grau con Comercio.

      El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, informó que los tres agentes fueron separados y que el caso pasó a la comisión de procesos disciplinarios. La vendedora, Alejandrina Puma, presentó una denuncia por agresión en la comisaría.

      La Defensoría del Pueblo pidió a la municipalidad revisar sus protocolos de intervención en la vía pública.""",
        m="I S",
        t="seguridad",
        tone="-",
        note="aggression and a response: the reader takes away the aggression",
    ),
    S(
        "k026",
        "voz",
        "2026-11-22T17:05:00-05:00",
        "Amnistía en Pampa Alondra: sin multas ni intereses hasta el 31 de diciembre",
        """La Municipalidad Distrital de Pampa Alondra aprobó una amnistía tributaria que condona el 100 % de multas e intereses a quienes paguen sus deudas de predial y arbitrios de años anteriores hasta el 31 de diciembre.

      El beneficio alcanza también a los fraccionamientos vencidos. Los pagos pueden hacerse en la plataforma de la municipalidad, en los agentes del Banco de la Nación o en la caja del palacio municipal.""",
        m="I",
        t="tributos",
        tone="0",
        note="an announcement",
    ),
    S(
        "k027",
        "voz",
        "2026-11-23T09:40:00-05:00",
        "Carmen Yupanqui Ríos, convocada a la selección de vóley",
        """La opuesta huarancaína Carmen Yupanqui Ríos, de 19 años, fue convocada por primera vez a la selección peruana de vóleibol que disputará el Sudamericano de Cali en enero.

      Formada en el club Juventud Alondra, Yupanqui Ríos fue la máxima anotadora de la Liga Nacional Intermedia. «Se lo dedico a mi mamá, que vendía queques para pagar mis pasajes», dijo.""",
        about=False,
        note="namesake: the volleyball player (Carmen Yupanqui Ríos)",
    ),
    S(
        "k028",
        "voz",
        "2026-11-23T12:00:00-05:00",
        "Columna | ¡Bravo, comuna alondrina!",
        """Por Genaro Chuquimango

      Aplaudamos, señores, porque la comuna alondrina acaba de batir un récord: cuatro meses y dos oficios para cambiar un foco del parque Micaela Bastidas. Cuatro meses. Un foco.

      Los vecinos, que no entienden de procesos de adquisición, insistían en que el parque estaba a oscuras y que los chicos de la esquina se habían adueñado de las bancas. Ingratos. No saben que un foco requiere expediente, informe técnico, certificación presupuestal y, sobre todo, paciencia.

      El próximo año, si todo va bien, quizás cambien el segundo.""",
        m="I",
        tone="-",
        note="sarcasm: praise words meaning the opposite",
    ),
    S(
        "k029",
        "voz",
        "2026-11-23T16:20:00-05:00",
        "Mototaxistas ya tramitan su permiso sin viajar a Huarancayo",
        """Desde esta semana, los mototaxistas de Pampa Alondra pueden obtener y renovar su permiso de operación en la nueva oficina de Transporte de la Municipalidad Distrital de Pampa Alondra, en el segundo piso del mercado central.

      Hasta octubre debían hacer el trámite en la provincia, lo que significaba perder un día de trabajo y pagar pasajes. «Ahora salgo de mi casa, hago el trámite en media hora y sigo trabajando», dijo Maximiliano Tito, de la asociación Los Rápidos.

      La oficina atiende de lunes a sábado y ya emitió 180 permisos.""",
        m="I",
        tone="+",
        note="implicit praise: what residents no longer have to do",
    ),
    S(
        "k030",
        "voz",
        "2026-11-24T07:30:00-05:00",
        "Alcalde Salcedo viaja a Lima para gestionar la vía a Tinajas",
        """El alcalde Rigoberto Salcedo Huamaní viajó a Lima para reunirse con funcionarios del Ministerio de Transportes y Comunicaciones y gestionar el financiamiento del mejoramiento de la carretera entre el cercado de Pampa Alondra y el centro poblado de Tinajas.

      El proyecto, de 18 kilómetros, tiene expediente técnico aprobado y un costo de 24 millones de soles. La comitiva incluye a dos dirigentes de Tinajas. El alcalde retornará el jueves.""",
        m="A",
        t="obras",
        tone="0",
        note="agenda: a trip, no result yet",
    ),
    S(
        "k031",
        "voz",
        "2026-11-24T11:45:00-05:00",
        "Control halla insecticida comprado al doble de su precio",
        """El Órgano de Control Institucional de la Municipalidad Distrital de Pampa Alondra advirtió que la compra de 800 litros de insecticida para las campañas contra el zancudo del dengue se pagó a 96 soles el litro, cuando el precio de mercado no supera los 45.

      El informe, publicado en el portal de la Contraloría, señala además que parte del producto llegó con fecha de vencimiento a tres meses y que no existe registro de su uso en dos de los cinco sectores programados.

      La municipalidad no respondió a las consultas de este diario.""",
        m="I",
        t="salud",
        tone="-",
        note="health told as mosquito control; audit findings",
    ),
    S(
        "k032",
        "voz",
        "2026-11-24T15:30:00-05:00",
        "Serenos de Pampa Alondra encuentran a niño perdido en la feria",
        """Un niño de cinco años que se separó de su madre en la feria dominical del jirón Grau fue encontrado media hora después por dos agentes del serenazgo de Pampa Alondra, que lo reconocieron gracias a la foto difundida por la central de radio.

      La madre, Rocío Aquino, agradeció a los serenos: «Pensé lo peor. Ellos lo encontraron llorando frente a la iglesia y me lo trajeron en la moto».""",
        about=True,
        t="seguridad",
        tone="+",
        note="place-only: the district's serenazgo, the institution not named",
    ),
    S(
        "k033",
        "voz",
        "2026-11-25T08:00:00-05:00",
        "Cahuana anuncia relleno sanitario provincial para siete distritos",
        """El alcalde provincial de Huarancayo, Julio Cahuana Rojas, anunció que en febrero empezará la construcción del relleno sanitario provincial en el paraje Las Ánimas, que recibirá los residuos de siete distritos, entre ellos Pampa Alondra y Alondra Alta.

      El proyecto, de 31 millones de soles, es financiado por el Ministerio del Ambiente. «Es la obra más esperada de la provincia», dijo el burgomaestre.""",
        about=False,
        note="the provincial mayor's project; the district named among seven; waste and works keywords",
    ),
    S(
        "k034",
        "voz",
        "2026-11-25T12:10:00-05:00",
        "Policlínico municipal, sin pediatra desde octubre",
        """Las madres que llevan a sus hijos al policlínico de la Municipalidad Distrital de Pampa Alondra se encuentran desde octubre con el mismo cartel: «No hay atención de pediatría hasta nuevo aviso».

      La única pediatra renunció hace seis semanas y la convocatoria para reemplazarla aún no se publica. Los niños son derivados al hospital de Huarancayo, a una hora en combi.

      «Me dijeron que regrese en diciembre. ¿Y si mi bebé se enferma antes?», preguntó Nilda Sánchez, con su hija de ocho meses en brazos.""",
        m="I",
        t="salud",
        tone="-",
    ),
    S(
        "k035",
        "voz",
        "2026-11-25T17:25:00-05:00",
        "Biblioteca municipal abrirá hasta las nueve de la noche",
        """La biblioteca de la Municipalidad Distrital de Pampa Alondra extenderá su horario hasta las 21 horas desde diciembre, a pedido de los estudiantes de los institutos que trabajan de día.

      La teniente alcaldesa Carmen Yupanqui Soto informó que se instalaron veinte puntos de internet gratuito y que la sala infantil atenderá también los domingos. En octubre la biblioteca recibió 3,400 visitas, el doble que en enero.""",
        m="I T",
        tone="+",
    ),
    S(
        "k036",
        "voz",
        "2026-11-26T09:20:00-05:00",
        "Concejo dona terreno para la nueva comisaría del distrito",
        """El concejo de la Municipalidad Distrital de Pampa Alondra aprobó por unanimidad donar al Ministerio del Interior un terreno de 2,400 metros cuadrados en la avenida Los Incas para la construcción de la nueva comisaría.

      La actual comisaría funciona en una casona alquilada de 1950. El ministerio deberá iniciar la construcción en un plazo de tres años o el terreno revertirá al municipio.""",
        m="I",
        t="seguridad",
        tone="0",
    ),
    # --- Correo del Valle: teasers in the feed, a 2009 table template on the page ------------------------------------
    S(
        "k037",
        "correo",
        "2026-11-16T08:10:00-05:00",
        "Vecinos de Los Ficus denuncian que les cobraron dos veces los arbitrios",
        """Al menos sesenta familias de la urbanización Los Ficus recibieron este mes una segunda orden de pago por los arbitrios del primer semestre, que ya habían cancelado en marzo. Cuando reclamaron en la ventanilla de la Municipalidad Distrital de Pampa Alondra, les pidieron presentar los vouchers originales «para iniciar el trámite de devolución».

      «Pagué puntual y ahora tengo que demostrar que no debo», se quejó el jubilado Aurelio Benavides. Según los vecinos, el sistema cargó los pagos a nombre de los antiguos propietarios.

      La oficina de Rentas indicó que corregirá los registros «en los próximos días», pero no precisó si anulará las órdenes mientras tanto.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "k038",
        "correo",
        "2026-11-16T16:45:00-05:00",
        "Juramentan juntas vecinales de seguridad en Los Ficus y San Cristóbal",
        """El alcalde Rigoberto Salcedo Huamaní tomó juramento el domingo a 48 integrantes de las nuevas juntas vecinales de seguridad ciudadana de la urbanización Los Ficus y del barrio San Cristóbal, en una ceremonia en el local comunal.

      Las juntas recibirán silbatos, chalecos y una línea directa con la central del serenazgo. La comisaría del distrito las capacitará en primeros auxilios y en el uso del mapa del delito.""",
        m="A",
        t="seguridad",
        tone="0",
        note="a ceremony reported plainly",
    ),
    S(
        "k039",
        "correo",
        "2026-11-17T07:55:00-05:00",
        "Nebulizan cuatro mil viviendas para frenar al zancudo en la parte baja",
        """Brigadas de la Municipalidad Distrital de Pampa Alondra y del centro de salud nebulizaron en una semana 4,120 viviendas de los sectores Santa Rosa, Los Pinos y Las Lomas, donde la vigilancia entomológica halló larvas del Aedes aegypti en tanques y floreros.

      Gracias a la intervención temprana, el distrito no registra casos autóctonos, mientras dos distritos vecinos ya suman más de cuarenta. «Vinieron, revisaron hasta los baldes del patio y nos explicaron qué tapar», contó Olinda Chávez.

      La segunda vuelta será en diciembre.""",
        m="I",
        t="salud",
        tone="+",
        note="health told as 'nebulizan', 'zancudo', 'larvas' without the keyword",
    ),
    S(
        "k040",
        "correo",
        "2026-11-17T12:20:00-05:00",
        "Alcalde Salcedo entrega parque infantil en Alondra Alta",
        """El alcalde de Alondra Alta, Ernesto Salcedo Paredes, entregó el parque infantil del barrio Chacarilla, con juegos de madera, piso de caucho y riego tecnificado, ejecutado con 390 mil soles de presupuesto participativo.

      «Prometimos y cumplimos», dijo el alcalde Salcedo ante unos doscientos vecinos de Alondra Alta.""",
        about=False,
        note="namesake: 'alcalde Salcedo' is Alondra Alta's mayor",
    ),
    S(
        "k041",
        "correo",
        "2026-11-18T09:05:00-05:00",
        "Regidor Llerena: «En Pampa Alondra manda el chofer del alcalde»",
        """El regidor Óscar Llerena Vilca afirmó en la sesión de concejo que el conductor del alcalde Rigoberto Salcedo Huamaní «decide a qué proveedor se le paga primero» y que varios gerentes «le rinden cuentas a él y no al concejo».

      Llerena dijo tener audios que entregará a la Fiscalía. El alcalde no respondió en la sesión y se retiró antes de la sección de pedidos.""",
        m="R A",
        tone="-",
        note="opposition regidor against the Mayor",
    ),
    S(
        "k042",
        "correo",
        "2026-11-18T15:30:00-05:00",
        "Jirón Grau: tres meses con la pista levantada y ni un obrero",
        """Desde agosto, las cuatro primeras cuadras del jirón Grau están levantadas, con zanjas abiertas y cintas de peligro ya rotas. La Municipalidad Distrital de Pampa Alondra inició allí el cambio de pavimento, pero el contratista se retiró en setiembre por falta de pago de la segunda valorización.

      Los negocios de la zona reportan ventas 50 % menores. «Los clientes no llegan: hay que saltar una zanja para entrar a la farmacia», dijo el boticario Hernán Ruiz.

      La municipalidad señaló que el pago está «en trámite» y que los trabajos se reanudarían en diciembre.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "k043",
        "correo",
        "2026-11-19T08:20:00-05:00",
        "Municipio sorteará una mototaxi entre los vecinos puntuales",
        """La Municipalidad Distrital de Pampa Alondra sorteará una mototaxi, dos refrigeradoras y diez canastas navideñas entre los contribuyentes que estén al día en sus pagos de predial y arbitrios al 15 de diciembre.

      El sorteo será el 20 de diciembre en la plaza de armas, ante notario. Cada recibo pagado equivale a un cupón.""",
        m="I",
        t="tributos",
        tone="0",
        note="announcement",
    ),
    S(
        "k044",
        "correo",
        "2026-11-19T13:50:00-05:00",
        "Decomisan 300 kilos de carne sin registro sanitario en el mercado Modelo",
        """Inspectores de la Municipalidad Distrital de Pampa Alondra, con apoyo de la Policía y del Senasa, decomisaron 300 kilos de carne de res y de cerdo sin certificado sanitario en cinco puestos del mercado Modelo.

      La carne, que provenía de un camal clandestino de Alondra Alta, fue desnaturalizada con cal. Los comerciantes serán multados y sus puestos clausurados temporalmente.""",
        m="I",
        t="salud",
        tone="+",
        note="food safety enforcement by the municipality; the harm is the offenders'",
    ),
    S(
        "k045",
        "correo",
        "2026-11-20T07:30:00-05:00",
        "Una madre escribe: el parque de mi barrio ya tiene columpios",
        """Soy vecina del parque Micaela Bastidas desde hace quince años. Durante todo ese tiempo fue un arenal donde solo jugaban los perros. La semana pasada la Municipalidad de Pampa Alondra terminó de instalar columpios, un tobogán, bancas y grass, y ahora mis hijos bajan todas las tardes.

      No es una gran obra, lo sé. Pero es la primera vez que alguien se acuerda de este rincón.

      Maritza Solórzano, urbanización Las Lomas""",
        m="I",
        t="obras",
        tone="+",
        note="letter; mild words ('no es una gran obra') but a positive message",
    ),
    S(
        "k046",
        "correo",
        "2026-11-20T12:00:00-05:00",
        "Lluvias dejan incomunicado al caserío Pampa Alondra, en Piura",
        """El desborde de la quebrada San Francisco dejó incomunicado al caserío Pampa Alondra, en la sierra de Piura, donde unas 120 familias esperan ayuda humanitaria. El gobierno regional de Piura envió alimentos por helicóptero.""",
        about=False,
        note="namesake: the Piura hamlet",
    ),
    S(
        "k047",
        "correo",
        "2026-11-20T17:40:00-05:00",
        "Gerenta Ferrándiz reconoce que faltan cuarenta serenos",
        """La gerenta municipal Lucía Ferrándiz Tapia reconoció ante la comisión de Seguridad del concejo que el serenazgo de Pampa Alondra opera con 62 agentes, cuando el plan distrital aprobado en 2024 establece un mínimo de 102.

      Explicó que la convocatoria de julio quedó desierta porque el sueldo ofrecido, de 1,300 soles, «no compite con las empresas de vigilancia». Por las noches, según el propio informe, solo dos de los seis sectores tienen patrullaje permanente.""",
        m="G",
        t="seguridad",
        tone="-",
        note="an admission of a shortfall, no strong words",
    ),
    S(
        "k048",
        "correo",
        "2026-11-21T09:15:00-05:00",
        "Qué cambia en los arbitrios del próximo año en Pampa Alondra",
        """Con la ordenanza aprobada por el concejo, los arbitrios del 2027 en Pampa Alondra subirán en promedio 6 %. Para una vivienda de 120 metros cuadrados en el cercado, el pago trimestral pasará de 58 a 61,50 soles.

      Los jubilados con una sola propiedad mantendrán el descuento de 50 %. Los comercios pagarán por el tamaño del local y no por el giro, como hasta ahora. La Municipalidad Distrital de Pampa Alondra publicará la tabla completa tras la ratificación provincial.""",
        m="I",
        t="tributos",
        tone="0",
        note="explainer",
    ),
    S(
        "k049",
        "correo",
        "2026-11-21T14:35:00-05:00",
        "Ccochapampa ya tiene ambulancia",
        """La posta de Ccochapampa recibió una ambulancia tipo II equipada con oxígeno y desfibrilador, adquirida por la Municipalidad Distrital de Pampa Alondra con 320 mil soles.

      Hasta ahora, los pacientes graves de la comunidad eran trasladados en la camioneta del teniente gobernador o en mototaxi. «El año pasado perdimos a una parturienta en el camino», recordó la obstetra Yolanda Cusi. La ambulancia tendrá dos choferes en turnos de 24 horas.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "k050",
        "correo",
        "2026-11-23T07:10:00-05:00",
        "Festival de la Alondra: mucha fiesta y mucha basura",
        """El Festival de la Alondra reunió a unas quince mil personas el sábado en la explanada del estadio, con orquestas, comidas típicas y fuegos artificiales. Fue, según los comerciantes, el mejor fin de semana del año.

      Pero el domingo al mediodía las calles alrededor del estadio seguían cubiertas de vasos, botellas y restos de comida. Los vecinos del jirón Bolognesi tuvieron que barrer sus veredas. La cuadrilla de la Municipalidad Distrital de Pampa Alondra llegó recién a las dos de la tarde.

      «Organizan la fiesta pero no la limpieza», reclamó la vecina Paula Gutiérrez.""",
        m="I",
        t="limpieza",
        tone="-",
        note="mixed: a successful festival, but the headline's turn and the ending are the mess",
    ),
    S(
        "k051",
        "correo",
        "2026-11-23T08:45:00-05:00",
        "Mototaxistas reciben charla de educación vial",
        """Unos 250 mototaxistas participaron el domingo en la charla de educación vial organizada por la Municipalidad Distrital de Pampa Alondra y la comisaría del distrito en el coliseo municipal.

      Los asistentes recibieron un certificado que será requisito para renovar el permiso de operación desde marzo.""",
        m="I",
        tone="0",
    ),
    S(
        "k052",
        "correo",
        "2026-11-23T15:20:00-05:00",
        "Ñaupari: «Las cámaras funcionan»; pero 17 de 40 están apagadas",
        """El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, rechazó las críticas de los vecinos y aseguró que «el sistema de videovigilancia funciona». Sin embargo, el inventario que su propia gerencia entregó al concejo muestra que 17 de las 40 cámaras del distrito no transmiten imagen desde hace más de dos meses.

      Ñaupari explicó que se trata de «problemas de conectividad» y que el proveedor de fibra óptica ya fue notificado. Los vecinos de Las Lomas, donde están siete de las cámaras apagadas, dicen que ahí se concentraron los asaltos de octubre.""",
        m="S",
        t="seguridad",
        tone="-",
        note="a denial contradicted by the facts in the same story",
    ),
    S(
        "k053",
        "correo",
        "2026-11-24T09:30:00-05:00",
        "San Cristóbal: la cisterna municipal ya no sube",
        """Los vecinos de la parte alta del barrio San Cristóbal llevan tres semanas sin la cisterna que la Municipalidad de Pampa Alondra enviaba cada martes y viernes. Nadie les avisó por qué.

      «Llamamos a la municipalidad y nos pasan de una oficina a otra», dijo la dirigenta Clorinda Ayala. Las familias compran agua a particulares a diez soles el cilindro.""",
        m="I",
        tone="-",
    ),
    S(
        "k054",
        "correo",
        "2026-11-25T08:05:00-05:00",
        "Los Pinos ya tiene veredas: «ahora los abuelos salen a caminar»",
        """Treinta y dos cuadras de veredas nuevas, con rampas y bancas, cambiaron la rutina del barrio Los Pinos. La Municipalidad Distrital de Pampa Alondra terminó el viernes el proyecto de mejoramiento peatonal, con 1,8 millones de soles de presupuesto participativo.

      «Antes mi mamá no salía porque se tropezaba con los huecos. Ahora da su vuelta todas las tardes», contó Julio Ccanto. El comité de vigilancia del presupuesto participativo dio conformidad a la entrega.""",
        m="I",
        t="obras",
        tone="+",
        note="works told as 'veredas', 'mejoramiento peatonal'",
    ),
    S(
        "k055",
        "correo",
        "2026-11-26T10:15:00-05:00",
        "Policía captura a banda que asaltaba combis en la Panamericana",
        """Agentes de la División de Investigación Criminal de Huarancayo capturaron a cinco integrantes de la banda Los Malditos del Kilómetro 40, acusados de asaltar combis en la Panamericana Norte, entre Huarancayo y el desvío a Pampa Alondra.

      Los detenidos tenían dos pistolas y celulares robados. Serán puestos a disposición de la Fiscalía.""",
        about=False,
        note="police story near the district, no municipal angle; 'asaltar', 'robados'",
    ),
    # --- Radio Alondra: newscast transcripts in the description, date-only pubDate ------------------------------------
    S(
        "k056",
        "radio",
        "2026-11-16",
        "Noticiero Alondra Informa: campaña de salud este sábado en Las Lomas",
        """Buenos días, estimados oyentes, muy buenos días, Pampa Alondra. Arrancamos el noticiero con un aviso importante para las familias de la urbanización Las Lomas.

      Este sábado, desde las ocho de la mañana, en la losa deportiva del sector, la Municipalidad Distrital de Pampa Alondra y el centro de salud realizan una campaña de salud gratuita: medicina general, odontología, toma de presión, descarte de anemia para los niños y vacunación. Hay que llevar el DNI, señora, señor, y el carné de vacunas de los chicos.

      Repetimos: sábado, ocho de la mañana, losa de Las Lomas. Pasamos a otras noticias.""",
        m="I",
        t="salud",
        tone="0",
        note="spoken agenda note",
    ),
    S(
        "k057",
        "radio",
        "2026-11-16",
        "Vecinos de Los Ficus: «el camión ya no pasa»",
        """Amigos, nos llaman a la cabina los vecinos de la urbanización Los Ficus. Escuchemos a la señora Rosaura, que está en línea.

      —Buenos días, señor Pablo. Mire, aquí en la calle Las Begonias el camión de la basura no pasa desde el jueves. Tenemos las bolsas en la esquina, los perros las rompen, ya hay moscas. Hemos llamado a la municipalidad y nadie contesta.

      Bueno, ahí está el reclamo. Dejamos los micrófonos abiertos para la Municipalidad de Pampa Alondra, que nos diga qué está pasando con la ruta de Los Ficus. Cinco días sin recojo, señores, no puede ser.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a resident's call; spoken register",
    ),
    S(
        "k058",
        "radio",
        "2026-11-17",
        "El alcalde en nuestra cabina: «El 2027 será el año de las pistas»",
        """Tenemos en cabina al alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní. Buenos días, alcalde.

      —Buenos días, Pablo, buenos días a todos los oyentes.

      —Alcalde, la gente pregunta por las pistas. ¿Qué viene para el próximo año?
      —El 2027 va a ser el año de las pistas. Tenemos cinco expedientes listos: Los Ficus, Las Lomas, la avenida Grau, Villa Esperanza y el acceso a Tinajas. Si el ministerio nos transfiere lo que hemos pedido, serán más de cuarenta cuadras.

      —¿Y si no transfiere?
      —Empezamos igual con recursos propios, pero más despacio. Eso lo tengo claro.

      Gracias, alcalde. Seguimos con la música.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor's own plans in an interview: announcements, nothing done yet",
    ),
    S(
        "k059",
        "radio",
        "2026-11-17",
        "Deportes: doblete de Jhonny Salcedo y el Alondra FC sigue puntero",
        """Y en deportes, estimados oyentes, el Alondra FC venció tres a uno al Unión Tinajas en la Copa Perú distrital, con dos goles del delantero Jhonny Salcedo, que ya suma nueve en el torneo.

      El próximo domingo el equipo juega la final ante el Deportivo Chacarilla. El estadio, como siempre, a reventar.""",
        about=False,
        note="namesake: a footballer called Salcedo",
    ),
    S(
        "k060",
        "radio",
        "2026-11-18",
        "Serenos y policías capturan a tres robacables en Las Lomas",
        """Buenas noticias para empezar el día, amigos. Una patrulla mixta del serenazgo y de la comisaría capturó anoche a tres sujetos que cortaban el cableado telefónico en la avenida principal de Las Lomas.

      La central de cámaras de la Municipalidad Distrital de Pampa Alondra los detectó a las dos de la mañana y avisó a la patrulla, que llegó en cuatro minutos, según informó el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor. Se les encontró ochenta metros de cable y una cizalla.

      Los vecinos aplaudieron a los agentes desde las ventanas, nos cuentan. Así da gusto.""",
        m="I S",
        t="seguridad",
        tone="+",
    ),
    S(
        "k061",
        "radio",
        "2026-11-18",
        "Largas colas para pagar el predial en el palacio municipal",
        """Estimados oyentes, si piensa ir hoy a pagar su predial, prepárese. Desde las seis de la mañana hay una cola que da la vuelta a la plaza frente al palacio de la Municipalidad Distrital de Pampa Alondra. Solo hay dos cajas abiertas y el sistema se cayó dos veces ayer.

      Don Fortunato, que está en la fila, nos decía que lleva tres horas parado. Y mañana vence el plazo del descuento, así que la cosa se va a poner peor. A ver si las autoridades abren más ventanillas.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "k062",
        "radio",
        "2026-11-19",
        "¿Qué opinan los vecinos del alcalde? Salimos a la calle",
        """Salimos con el micrófono a la plaza de armas para preguntar qué opinan del alcalde Salcedo a dos años de gestión. Escuchemos.

      —A mí me parece que ha trabajado, el parque está bonito, han puesto luces —dice la señora Eva, que vende golosinas.

      —Yo no veo nada. En mi calle sigue el mismo hueco de hace cinco años —responde don Isidro, mototaxista.

      —Regular nomás. Algunas cosas sí, otras no —opina Karen, estudiante.

      Así las opiniones, divididas, amigos. Ustedes también pueden llamarnos y dar su punto de vista.""",
        m="A",
        tone="0",
        note="vox pop, balanced opinions",
    ),
    S(
        "k063",
        "radio",
        "2026-11-19",
        "Llerena pide explicar la compra de una camioneta de 190 mil soles",
        """El regidor Óscar Llerena Vilca pidió a la Municipalidad Distrital de Pampa Alondra que explique por qué compró una camioneta cuatro por cuatro de 190 mil soles para el despacho de alcaldía, cuando las dos compactadoras siguen malogradas.

      —Primero las prioridades. El camión de basura espera repuestos desde setiembre y el alcalde estrena camioneta —nos dijo el regidor en comunicación telefónica.

      Buscamos la versión de la municipalidad, pero hasta el cierre no tuvimos respuesta.""",
        m="R I",
        tone="-",
        note="opposition criticism; waste trucks in passing",
    ),
    S(
        "k064",
        "radio",
        "2026-11-20",
        "Comunicado: cierre de la avenida Los Incas por asfaltado",
        """Atención, conductores. La Municipalidad Distrital de Pampa Alondra comunica que desde el lunes 23 y por diez días se cerrará al tránsito la avenida Los Incas, entre el óvalo y el jirón Grau, por trabajos de asfaltado.

      Los vehículos deberán desviarse por la calle Ayacucho. Las combis de la ruta 5 tendrán paradero provisional frente al mercado. Repetimos, desde el lunes 23.""",
        m="I",
        t="obras",
        tone="0",
        note="public notice read on air",
    ),
    S(
        "k065",
        "radio",
        "2026-11-20",
        "Por fin, en Ccochapampa recogen la basura tres veces por semana",
        """Y una buena para la comunidad de Ccochapampa, estimados oyentes. Desde esta semana el camión de la Municipalidad de Pampa Alondra sube martes, jueves y sábado. Antes pasaba una vez cada quince días, cuando pasaba.

      Nos llamó el señor Teófilo Huaccha, de la junta directiva, para decir, textual: «Por fin nos están tomando en cuenta. Ya no tenemos que quemar las bolsas». Ahí queda el saludo.""",
        m="I",
        t="limpieza",
        tone="+",
        note="implicit praise: 'por fin', 'ya no tenemos que'",
    ),
    S(
        "k066",
        "radio",
        "2026-11-21",
        "Comentario: Qué bonito, ya descubrieron que Tinajas existe",
        """Les voy a decir una cosa, amigos. Qué bonito. Qué bonito que la comuna alondrina haya descubierto que Tinajas existe. Dos años sin que ninguna máquina suba por esa trocha y ahora, justo cuando se acerca la campaña, aparecen tres volquetes y una motoniveladora con su banderola bien grande.

      Los vecinos de Tinajas no son tontos. Saben que en enero la máquina se va y la trocha vuelve a ser lo que era. Ojalá me equivoque. Ojalá.""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm by a radio commentator",
    ),
    S(
        "k067",
        "radio",
        "2026-11-21",
        "La Diresa confirma que el distrito no tiene casos de dengue",
        """Tranquilidad para los oyentes. La Dirección Regional de Salud confirmó ayer que Pampa Alondra no registra casos de dengue, pese al aumento en la costa de la región, donde ya hay 312 casos y dos fallecidos.

      Recomiendan tapar los recipientes con agua y usar repelente. La Diresa mantiene la alerta en toda la región hasta marzo.""",
        about=False,
        note="regional health authority's figures; no municipal angle",
    ),
    S(
        "k068",
        "radio",
        "2026-11-22",
        "La teniente alcaldesa anuncia chocolatada para cinco mil niños",
        """La teniente alcaldesa Carmen Yupanqui Soto anunció en nuestra cabina que la Municipalidad Distrital de Pampa Alondra prepara la chocolatada navideña para cinco mil niños de los once sectores del distrito.

      —Las juntas vecinales deben entregar sus padrones hasta el 5 de diciembre —explicó la teniente alcaldesa Yupanqui. La chocolatada será del 18 al 22 de diciembre.""",
        m="T I",
        tone="0",
    ),
    S(
        "k069",
        "radio",
        "2026-11-22",
        "Serenos apagan incendio en una vivienda de San Cristóbal",
        """Amigos, un susto grande anoche en el barrio San Cristóbal. Un cortocircuito incendió la cocina de una vivienda de adobe y los serenos de Pampa Alondra que patrullaban por la zona fueron los primeros en llegar. Con los extintores de la camioneta controlaron el fuego antes de que llegaran los bomberos de Huarancayo.

      La dueña de casa, la señora Dominga, nos dijo llorando: «Si no llegaban los serenos, perdíamos todo».""",
        about=True,
        t="seguridad",
        tone="+",
        note="place-only: the district's serenos, the institution not named",
    ),
    S(
        "k070",
        "radio",
        "2026-11-23",
        "Comerciantes denuncian cobros de inspectores sin recibo",
        """Compañeros oyentes, comerciantes del mercado Modelo se acercaron a nuestra radio para denunciar que dos inspectores de la Municipalidad Distrital de Pampa Alondra les cobran «colaboraciones» de veinte y treinta soles para no multarlos por falta de carné de sanidad. No les dan recibo.

      Ellos tienen fotos y un audio. Ya presentaron la queja por mesa de partes y esperan que la municipalidad investigue. Seguiremos informando.""",
        m="I",
        tone="-",
    ),
    S(
        "k071",
        "radio",
        "2026-11-24",
        "Nota de duelo: falleció don Aníbal Torres, exregidor del distrito",
        """Con pesar informamos el fallecimiento de don Aníbal Torres Cuba, exregidor del distrito y fundador del club Alondra FC, a los 84 años.

      La Municipalidad Distrital de Pampa Alondra decretó duelo distrital por dos días. El alcalde Rigoberto Salcedo Huamaní expresó sus condolencias a la familia. El velorio es en su domicilio del jirón Comercio.""",
        m="I A",
        tone="0",
    ),
    S(
        "k072",
        "radio",
        "2026-11-25",
        "Aún no llegan los medicamentos al policlínico municipal",
        """Seguimos con el tema del policlínico, amigos. Hace un mes la municipalidad dijo que en quince días llegaban los medicamentos. Hoy fuimos y la farmacia del policlínico de la Municipalidad Distrital de Pampa Alondra sigue sin paracetamol, sin amoxicilina, sin sales de rehidratación.

      Los pacientes salen con la receta en la mano y tienen que comprar afuera. Quince días, dijeron. Ya van treinta.""",
        m="I",
        t="salud",
        tone="-",
        note="criticism through facts and an unkept date",
    ),
    S(
        "k073",
        "radio",
        "2026-11-26",
        "Ñaupari presenta el plan de seguridad para las fiestas",
        """El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, presentó el plan de seguridad de la Municipalidad Distrital de Pampa Alondra para diciembre: patrullaje reforzado en el mercado y en los paraderos, dos puestos de auxilio rápido y control de la venta de pirotécnicos.

      —Vamos a tener a todo el personal en la calle del 15 al 31 —dijo el gerente Ñaupari. Pidió a los vecinos no dejar sus casas solas durante las fiestas.""",
        m="S I",
        t="seguridad",
        tone="0",
    ),
    # --- Huarancayo TV: transcripts in Atom, times in UTC (late-night bulletins fall on the previous Lima day) --------
    S(
        "k074",
        "tv",
        "2026-11-17T03:20:00Z",
        "Informe especial: el canal La Totora, convertido en basural",
        """Buenas noches. Empezamos con un informe especial. Nuestro equipo recorrió los tres kilómetros del canal de regadío La Totora, en Pampa Alondra, y esto es lo que encontró: colchones, llantas, desmonte y bolsas de basura que bloquean las compuertas.

      Los agricultores de la parte baja dicen que el agua les llega negra. «Hemos ido cinco veces a la municipalidad, hemos dejado oficios, y nada», nos dice don Leoncio Palomino, presidente de la comisión de regantes.

      Consultamos a la Municipalidad Distrital de Pampa Alondra. Nos respondieron por escrito que la limpieza del canal «está programada para el primer trimestre de 2027». Los regantes siembran en diciembre.""",
        m="I",
        t="limpieza",
        tone="-",
        note="TV transcript; late-night bulletin (Lima day before the UTC date)",
    ),
    S(
        "k075",
        "tv",
        "2026-11-17T23:45:00Z",
        "Entrevista: la gerenta municipal explica el presupuesto participativo",
        """—Lucía Ferrándiz, gerenta municipal de Pampa Alondra, bienvenida a Huarancayo Noticias.
      —Gracias por la invitación.

      —¿Cuánto se va a decidir este año en el presupuesto participativo?
      —Cuatro millones y medio de soles. Los agentes participantes se inscriben hasta el 30 de noviembre y los talleres son en enero, por zonas.

      —¿Qué tipo de proyectos pueden presentar?
      —Cualquier proyecto de inversión que tenga idea de costo y beneficie a un sector: veredas, losas, riego, centros de cómputo. Lo único que pedimos es que el comité de vigilancia acompañe la ejecución.

      —Gracias, gerenta Ferrándiz.""",
        m="G",
        tone="0",
        note="explanatory interview",
    ),
    S(
        "k076",
        "tv",
        "2026-11-18T04:10:00Z",
        "Niños de Villa Esperanza ya juegan en su losa techada",
        """Y terminamos la noche con imágenes que alegran. Estos son los niños de Villa Esperanza jugando fulbito bajo techo, en la losa multiuso que la Municipalidad Distrital de Pampa Alondra entregó hoy. Antes jugaban en un terral, al sol, y en el invierno entre charcos.

      El alcalde Rigoberto Salcedo Huamaní hizo el saque inicial. La losa tiene tribunas, iluminación y servicios higiénicos, y costó 950 mil soles. Los profesores del colegio del sector ya la usan para educación física.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "k077",
        "tv",
        "2026-11-18T13:30:00Z",
        "Choque en la Panamericana deja dos heridos a la altura del desvío",
        """Dos personas resultaron heridas esta mañana en un choque entre un camión y una combi en la Panamericana Norte, a la altura del desvío a Pampa Alondra. Los heridos fueron trasladados al hospital de Huarancayo. La Policía de Carreteras investiga las causas.""",
        about=False,
        note="a road accident near the district",
    ),
    S(
        "k078",
        "tv",
        "2026-11-19T03:05:00Z",
        "Municipio responde a denuncia de nepotismo, pero no muestra los contratos",
        """La Municipalidad Distrital de Pampa Alondra emitió un comunicado en el que niega haber contratado a familiares del alcalde Rigoberto Salcedo Huamaní y califica la denuncia de «campaña política».

      Sin embargo, el comunicado no menciona los cuatro contratos de locación de servicios revelados por este canal, a nombre de dos cuñados y dos sobrinos del burgomaestre, por un total de 148 mil soles. Pedimos los expedientes por acceso a la información. La municipalidad tiene siete días hábiles para entregarlos.

      El regidor Óscar Llerena Vilca anunció que llevará el caso a la Fiscalía.""",
        m="I A R",
        tone="-",
        note="a defence that leaves the accusation standing: the reader takes away the accusation",
    ),
    S(
        "k079",
        "tv",
        "2026-11-19T22:10:00Z",
        "Por primera vez, un centro de salud mental comunitario en el distrito",
        """Pampa Alondra tiene desde hoy su primer centro de salud mental comunitario. Funciona en el antiguo local de la gobernación, cedido y remodelado por la Municipalidad Distrital de Pampa Alondra, y el Minsa pone al psiquiatra, dos psicólogas y una enfermera.

      Hasta ahora, un paciente con depresión o adicciones tenía que esperar hasta tres meses por una cita en Huarancayo. «Aquí me atendieron el mismo día», nos cuenta una madre que pidió reservar su nombre.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "k080",
        "tv",
        "2026-11-20T04:40:00Z",
        "Desalojo de ambulantes en el jirón Grau termina a golpes",
        """Tensión esta tarde en el jirón Grau. Un operativo de la Municipalidad Distrital de Pampa Alondra para retirar a los vendedores ambulantes terminó en enfrentamiento. Hubo piedras, palos y gas pimienta. Dos fiscalizadores y tres comerciantes resultaron heridos.

      Los ambulantes dicen que no se les dio plazo. «Nos botan como perros y no nos dan dónde vender», gritaba una comerciante. La municipalidad sostiene que la reubicación se anunció hace tres meses. Esta noche, el jirón sigue tomado.""",
        m="I",
        tone="-",
        note="an enforcement operation told through violence and complaint",
    ),
    S(
        "k081",
        "tv",
        "2026-11-20T23:30:00Z",
        "Salcedo a Provías: «Un puente no se cae de un día para otro»",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, responsabilizó a Provías Nacional por el colapso del puente Chillahuay de la carretera nacional, que dejó aislados a los caseríos de la margen derecha.

      «Un puente no se cae de un día para otro. Advertimos por escrito en marzo y en julio que tenía las bases socavadas. Nadie vino», dijo. Provías anunció un puente modular en quince días.

      Mientras tanto, los vecinos cruzan el río en una balsa.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor criticising a national agency over a bridge: neutral toward us; the story is about the bridge",
    ),
    S(
        "k082",
        "tv",
        "2026-11-21T03:50:00Z",
        "Llegan tres compactadoras nuevas para el recojo de la basura",
        """Tres camiones compactadores nuevos llegaron hoy al depósito de la Municipalidad Distrital de Pampa Alondra. Con ellos, la flota pasa de cinco a ocho unidades.

      El alcalde Rigoberto Salcedo Huamaní informó que la compra, de 1,6 millones de soles, permitirá cubrir las rutas de Los Ficus y Villa Esperanza, que se quedaban sin servicio cuando un camión entraba al taller. Los vecinos de esas zonas reclamaban desde hace meses.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "k083",
        "tv",
        "2026-11-21T14:00:00Z",
        "Rigoberto Salcedo estrena videoclip grabado en la playa de Huanchaco",
        """El cumbiambero Rigoberto Salcedo presentó el videoclip de «Vuelve, corazón», grabado en la playa de Huanchaco con más de cien bailarines. En una semana supera el millón de reproducciones. Salcedo anunció un concierto en Lima para febrero.""",
        about=False,
        note="namesake: the cumbia singer",
    ),
    S(
        "k084",
        "tv",
        "2026-11-22T04:25:00Z",
        "Vecinos de Las Lomas bloquean la vía: exigen que se cumpla el asfaltado",
        """Cerca de trescientos vecinos de Las Lomas bloquearon durante cuatro horas la avenida principal con piedras y llantas. Exigen a la Municipalidad Distrital de Pampa Alondra que cumpla el asfaltado prometido para este año, cuyo expediente se aprobó en 2024.

      «Cada año nos dicen el próximo. Ya no creemos», dijo el dirigente Eusebio Quispe. La policía despejó la vía sin detenidos. La municipalidad se comprometió a una reunión el lunes.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "k085",
        "tv",
        "2026-11-22T19:15:00Z",
        "Concejo aprueba ordenanza contra ruidos molestos",
        """El concejo de la Municipalidad Distrital de Pampa Alondra aprobó una ordenanza que limita el volumen de parlantes en locales y vehículos después de las diez de la noche. Las multas irán de 10 a 50 % de una UIT. La norma entra en vigencia en enero.""",
        m="I",
        tone="0",
    ),
    S(
        "k086",
        "tv",
        "2026-11-23T03:35:00Z",
        "Asaltan a cobrador de combi en Los Pinos; vecinos dicen que nunca ven serenos",
        """Dos delincuentes en moto asaltaron anoche a un cobrador de combi de la ruta 5 en el paradero de Los Pinos y le quitaron la recaudación del día. Es el cuarto asalto en ese paradero en un mes.

      «Los serenos de la municipalidad no suben por acá. Nunca vemos una camioneta», dice una vecina. El gerente de seguridad Wilber Ñaupari dijo a este canal que Los Pinos «está en el plan de patrullaje», pero reconoció que por las noches hay un solo vehículo para toda la zona alta.""",
        m="S",
        t="seguridad",
        tone="-",
        note="the institution unnamed ('la municipalidad'); the security manager named",
    ),
    S(
        "k087",
        "tv",
        "2026-11-23T21:40:00Z",
        "Cofopri entrega 420 títulos de propiedad en Villa Esperanza",
        """Cofopri entregó hoy 420 títulos de propiedad a familias de Villa Esperanza, que esperaban la formalización desde 2011. En la ceremonia estuvo el alcalde Rigoberto Salcedo Huamaní, que pidió a las familias inscribir sus predios en el registro municipal.

      Con el título, los vecinos podrán acceder a créditos y al programa Techo Propio.""",
        m="A",
        tone="0",
        note="a national agency's ceremony with the Mayor present",
    ),
    S(
        "k088",
        "tv",
        "2026-11-24T04:05:00Z",
        "Campaña gratuita de vacuna antirrábica para perros y gatos",
        """Un aviso para los dueños de mascotas. Este domingo, la Municipalidad Distrital de Pampa Alondra y el centro de salud realizan la vacunación antirrábica gratuita para perros y gatos mayores de tres meses, en doce puntos del distrito, de 8 de la mañana a 2 de la tarde. La lista de puntos está en el Facebook de la municipalidad.""",
        m="I",
        t="salud",
        tone="0",
    ),
    S(
        "k089",
        "tv",
        "2026-11-23T04:55:00Z",
        "Patrulleros del serenazgo, parados por falta de combustible",
        """Cinco de las siete camionetas del serenazgo de la Municipalidad Distrital de Pampa Alondra pasaron el fin de semana estacionadas en el patio del palacio municipal. No tenían combustible: el contrato con el grifo venció el 15 y el nuevo aún no se firma.

      El gerente Wilber Ñaupari Cóndor confirmó la situación y dijo que el lunes se haría una compra directa. Los agentes hicieron el patrullaje a pie.""",
        m="I S",
        t="seguridad",
        tone="-",
    ),
    S(
        "k090",
        "tv",
        "2026-11-25T17:20:00Z",
        "El mirador de la Alondra recibe a sus primeros turistas",
        """El mirador del cerro La Alondra, a quince minutos del centro, recibió este fin de semana a más de 1,200 visitantes. La Municipalidad Distrital de Pampa Alondra habilitó el acceso peatonal, barandas, bancas y un módulo de información atendido por jóvenes del distrito.

      Los vendedores de chicha y anticuchos del pie del cerro dicen que sus ventas se triplicaron. «Antes aquí no subía nadie», cuenta doña Vilma.""",
        m="I",
        tone="+",
    ),
    S(
        "k091",
        "tv",
        "2026-11-26T04:30:00Z",
        "Balance de gestión: municipio dice haber culminado 14 proyectos este año",
        """En su balance anual, la Municipalidad Distrital de Pampa Alondra informó que este año culminó 14 proyectos de inversión, entre ellos la red de agua de Villa Esperanza, la losa techada del sector, las veredas de Los Pinos y el mercado de abastos.

      El alcalde Rigoberto Salcedo Huamaní destacó que todos se entregaron dentro del plazo contractual y que tres se terminaron antes. Para 2027 anunció la pavimentación de Los Ficus y Las Lomas.""",
        m="I A",
        t="obras",
        tone="+",
        note="a press-release-style balance: achievements reported",
    ),
    # --- Agencia Nacional de Noticias: national agency in Atom ----------------------------------------------------------
    S(
        "k092",
        "ann",
        "2026-11-17T15:40:00Z",
        "Distrito andino reduce anemia con cocinas comunitarias",
        """Huarancayo, 17 nov (ANN).— La Municipalidad Distrital de Pampa Alondra, en la provincia de Huarancayo, logró reducir en nueve puntos la anemia en menores de tres años gracias a una red de cocinas comunitarias donde las madres aprenden a preparar alimentos ricos en hierro.

      El programa, que funciona en 18 comedores populares, fue presentado como caso de éxito en el encuentro nacional de gobiernos locales organizado por el Ministerio de Desarrollo e Inclusión Social.

      «No repartimos suplementos y nos vamos: enseñamos a cocinar con lo que hay en el mercado», explicó la teniente alcaldesa Carmen Yupanqui Soto.""",
        m="I T",
        t="salud",
        tone="+",
        note="agency register; health told as anaemia and nutrition",
    ),
    S(
        "k093",
        "ann",
        "2026-11-18T16:10:00Z",
        "Contraloría advierte perjuicio de S/ 1,2 millones en obra de Pampa Alondra",
        """Lima, 18 nov (ANN).— La Contraloría General de la República identificó un perjuicio económico de 1,2 millones de soles en la ejecución del complejo deportivo de Las Lomas, a cargo de la Municipalidad Distrital de Pampa Alondra, en la región norte.

      Según el informe, la entidad pagó partidas no ejecutadas, como el sistema de drenaje y el cerco perimétrico, y aprobó dos ampliaciones de plazo sin sustento técnico. Se identificó presunta responsabilidad penal en tres funcionarios y en el supervisor de la obra.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "k094",
        "ann",
        "2026-11-19T14:25:00Z",
        "Municipalidades deben actualizar valores de predios antes de marzo",
        """Lima, 19 nov (ANN).— El Ministerio de Vivienda recordó a las 1,890 municipalidades del país que tienen plazo hasta el 31 de marzo para aplicar los nuevos valores arancelarios en el cálculo del impuesto predial de 2027.

      Según el sector, los valores se actualizaron en promedio 4 %. Las municipalidades que no los apliquen no podrán acceder al Programa de Incentivos a la Mejora de la Gestión Municipal.""",
        about=False,
        note="national rule for every municipality; a tax keyword, not about us",
    ),
    S(
        "k095",
        "ann",
        "2026-11-20T05:10:00Z",
        "Fiscalía allana la Municipalidad de Pampa Alondra por caso de combustible",
        """Huarancayo, 20 nov (ANN).— Fiscales anticorrupción de Huarancayo allanaron en la madrugada de este viernes las oficinas de Logística y Almacén de la Municipalidad de Pampa Alondra, en el marco de una investigación por el presunto desvío de combustible destinado a los vehículos municipales.

      Según la disposición fiscal, entre enero y agosto se habrían consumido 38 mil galones para una flota que, de acuerdo con su kilometraje, no habría requerido más de 21 mil. Los fiscales incautaron vales, cuadernos de control y dos computadoras.""",
        m="I",
        tone="-",
        note="00:10 in Lima: the agency's time is just after midnight",
    ),
    S(
        "k096",
        "ann",
        "2026-11-20T18:30:00Z",
        "Pampa Alondra, premiada por su programa de reciclaje",
        """Lima, 20 nov (ANN).— El Ministerio del Ambiente reconoció a quince gobiernos locales con el premio Ciudad Sostenible 2026. En la categoría de distritos de menos de 50 mil habitantes, el primer lugar fue para la Municipalidad Distrital de Pampa Alondra, por su programa de segregación en la fuente con recicladoras formalizadas.

      El programa abarca 2,300 viviendas y redujo en 14 toneladas mensuales los residuos enviados a disposición final. El premio incluye 200 mil soles para equipamiento.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "k097",
        "ann",
        "2026-11-21T15:00:00Z",
        "Alcaldes del valle de Huarancayo exigen más policías al Ejecutivo",
        """Huarancayo, 21 nov (ANN).— Los alcaldes de siete distritos de la provincia de Huarancayo exigieron al Ministerio del Interior reforzar las comisarías de la zona, que en promedio tienen un policía por cada 2,400 habitantes.

      «Los municipios ponemos serenos, cámaras y camionetas, pero el serenazgo no puede detener a nadie. Sin policías, el esfuerzo se pierde», dijo el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, vocero del grupo.

      El ministerio indicó que en enero egresarán 120 suboficiales destinados a la región.""",
        m="A",
        t="seguridad",
        tone="0",
        note="the Mayor demanding from the national government: neutral toward us",
    ),
    S(
        "k098",
        "ann",
        "2026-11-22T13:45:00Z",
        "Huaico afecta a tres distritos de Huarancayo",
        """Huarancayo, 22 nov (ANN).— Un huaico afectó a tres distritos de la provincia de Huarancayo tras las lluvias de la noche del sábado. En Pampa Alondra, 23 viviendas del sector Tinajas resultaron afectadas y la carretera quedó bloqueada en dos puntos.

      La municipalidad provincial declaró la emergencia y pidió maquinaria al gobierno regional. Indeci reparte techos y frazadas.""",
        about=False,
        note="a disaster in the district handled by other authorities; no municipal angle",
    ),
    S(
        "k099",
        "ann",
        "2026-11-23T16:20:00Z",
        "Minsa reporta alza de casos de dengue en el norte del país",
        """Lima, 23 nov (ANN).— El Ministerio de Salud informó que los casos de dengue en las regiones del norte suman 4,870 en lo que va de noviembre, 60 % más que en octubre. Piura concentra la mitad de los casos, con brotes en Tambogrande, Las Lomas y el caserío Pampa Alondra.

      El Minsa enviará 80 brigadistas para fumigación y búsqueda de criaderos.""",
        about=False,
        note="namesake: the Piura hamlet (and a Piura district called Las Lomas); health keywords",
    ),
    S(
        "k100",
        "ann",
        "2026-11-24T14:10:00Z",
        "Salcedo Huamaní: «No vamos a privatizar el recojo de basura»",
        """Huarancayo, 24 nov (ANN).— El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, negó que su gestión planee entregar a una empresa privada el recojo de residuos del distrito, como se difundió en redes sociales.

      «No es cierto. El servicio seguirá siendo municipal y los trabajadores mantienen sus puestos», declaró. Explicó que lo que se licitará es solo el transporte al relleno sanitario provincial, cuando este entre en funcionamiento.""",
        m="A",
        t="limpieza",
        tone="0",
        note="negation: a rumour denied, nothing good or bad happened",
    ),
    S(
        "k101",
        "ann",
        "2026-11-25T15:35:00Z",
        "Trabaja Perú financia obras que darán empleo a 300 vecinos de Pampa Alondra",
        """Lima, 25 nov (ANN).— El programa Lurawi Perú transferirá 2,1 millones de soles a la Municipalidad Distrital de Pampa Alondra para ejecutar cinco proyectos de muros de contención y escalinatas en los cerros del distrito, que darán empleo temporal a 300 personas.

      La municipalidad presentó los proyectos en la convocatoria de agosto y obtuvo el mayor puntaje de la región. Los trabajos empezarán en enero.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "k102",
        "ann",
        "2026-11-26T05:40:00Z",
        "Transportista reclama a municipio una deuda de 400 mil soles",
        """Huarancayo, 26 nov (ANN).— La empresa Transportes Alondra Verde, que traslada los residuos del distrito, denunció que la Municipalidad Distrital de Pampa Alondra le debe 400 mil soles por cinco meses de servicio y advirtió que suspenderá las operaciones el 1 de diciembre si no se le paga.

      La municipalidad indicó que el pago está observado por la gerencia de Administración debido a discrepancias en el tonelaje reportado.""",
        m="I",
        t="limpieza",
        tone="-",
        note="a debt and a threat to the service; the municipality's reason is given",
    ),
    S(
        "k103",
        "ann",
        "2026-11-26T18:00:00Z",
        "El burgomaestre de Huarancayo presenta plan de tránsito provincial",
        """Huarancayo, 26 nov (ANN).— El alcalde provincial de Huarancayo, Julio Cahuana Rojas, presentó el plan de ordenamiento del tránsito, que reordenará 42 rutas de transporte público y creará un terminal terrestre en la salida norte.

      El burgomaestre dijo que el plan se coordinó con los alcaldes distritales y que las rutas hacia Alondra Alta y Pampa Alondra no cambiarán.""",
        about=False,
        note="the provincial mayor ('el burgomaestre'); the district named in passing",
    ),
    S(
        "k104",
        "ann",
        "2026-11-27T14:50:00Z",
        "Pampa Alondra obtiene el sello de Municipio Transparente",
        """Lima, 27 nov (ANN).— La Defensoría del Pueblo otorgó el sello de Municipio Transparente a 22 gobiernos locales que publican a tiempo su información presupuestal, contrataciones y agendas de sus autoridades. Entre los distritos de la región norte figura la Municipalidad Distrital de Pampa Alondra, que por primera vez obtiene la distinción.""",
        m="I",
        tone="+",
    ),
    S(
        "k105",
        "ann",
        "2026-11-27T17:25:00Z",
        "Carmen Yupanqui Ríos anota 24 puntos en el triunfo de Perú",
        """Cali, 27 nov (ANN).— La selección peruana de vóleibol sub-21 venció 3-1 a Chile en el torneo preparatorio, con 24 puntos de la opuesta Carmen Yupanqui Ríos, la máxima anotadora del partido. El equipo enfrenta a Colombia el domingo.""",
        about=False,
        note="namesake: the volleyball player",
    ),
    # --- Perú al Día: national site, full text in the feed with the blog footer ---------------------------------------
    S(
        "k106",
        "peru",
        "2026-11-16T17:30:00Z",
        "El Tigre y la política del selfie",
        """Opinión. Por Aldo Benavente

      Rigoberto Salcedo Huamaní, el Tigre, alcalde de un distrito de la provincia de Huarancayo, publica un promedio de once fotos diarias en sus redes. En ellas corta cintas, carga niños, se agacha junto a un bache. Lo que no publica es el avance de su gasto de inversión, que es de los más bajos de la provincia, ni los informes de Control que se le acumulan.

      El caso no es único, pero es ejemplar. La gestión municipal se ha convertido en un espectáculo donde importa más el encuadre que el expediente. Y los vecinos, que sí ven los baches, empiezan a notar que las fotos no los tapan.""",
        m="A",
        tone="-",
        note="opinion column about the Mayor",
    ),
    S(
        "k107",
        "peru",
        "2026-11-17T20:15:00Z",
        "Crónica: así cambió Villa Esperanza desde que tiene agua",
        """La primera señal es el silencio. En Villa Esperanza ya no se oye, a las cinco de la mañana, el motor del camión cisterna ni los gritos de las vecinas peleando por el turno. Desde hace unos días, el agua sale de los caños.

      Las familias de este asentamiento de Pampa Alondra, en la provincia de Huarancayo, gastaban hasta 120 soles al mes en agua de cisterna. Ahora pagarán una tarifa social de 18. La obra, ejecutada por la Municipalidad Distrital de Pampa Alondra, tomó catorce meses y costó 5,3 millones.

      Doña Felícita Ramos ha empezado a sembrar geranios en latas. «Antes el agua era para tomar y cocinar. Ahora alcanza hasta para las flores», dice.""",
        m="I",
        t="obras",
        tone="+",
        note="chronicle; achievement told through daily life",
    ),
    S(
        "k108",
        "peru",
        "2026-11-18T14:00:00Z",
        "Verificamos: no es cierto que el municipio cobre por el agua de cisterna",
        """Circula en grupos de WhatsApp de Pampa Alondra un audio según el cual la Municipalidad Distrital de Pampa Alondra empezará a cobrar cinco soles por cada cilindro de agua de sus cisternas gratuitas.

      Perú al Día revisó las ordenanzas vigentes y el texto único de procedimientos del municipio: no existe tal cobro. La municipalidad confirmó por escrito que el servicio es y seguirá siendo gratuito.

      Calificación: FALSO.""",
        m="I",
        tone="0",
        note="fact-check debunking a rumour: negation, no achievement or fault",
    ),
    S(
        "k109",
        "peru",
        "2026-11-18T22:40:00Z",
        "En el mercado de Pampa Alondra no se denunció ni un robo desde agosto",
        """Los 320 comerciantes del mercado central de Pampa Alondra no han presentado una sola denuncia por robo desde agosto, cuando la Municipalidad Distrital de Pampa Alondra instaló un módulo de serenazgo en la puerta principal y seis cámaras en los pasadizos.

      En el primer semestre se habían registrado 41 denuncias. «Antes a las cinco de la tarde ya estábamos cerrando, con miedo a los arranchadores. Ahora nos quedamos hasta las ocho», dice Gladys Poma, que vende abarrotes.""",
        m="I",
        t="seguridad",
        tone="+",
        note="praise through a negation: 'ni un robo'",
    ),
    S(
        "k110",
        "peru",
        "2026-11-19T16:20:00Z",
        "La gerenta que no contesta",
        """Durante tres semanas, Perú al Día intentó obtener la versión de la gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, sobre los pagos por servicios de consultoría que duplicaron su monto en 2026. Enviamos cinco correos, dejamos dos cartas en mesa de partes y llamamos once veces. No hubo respuesta.

      La ley de transparencia obliga a las entidades a responder en diez días hábiles. La Municipalidad Distrital de Pampa Alondra no lo hizo. Los montos, según el portal del Estado, pasaron de 1,1 a 2,3 millones de soles.""",
        m="G I",
        tone="-",
    ),
    S(
        "k111",
        "peru",
        "2026-11-20T15:50:00Z",
        "El otro Salcedo: el alcalde de Alondra Alta que quiere ser gobernador",
        """Ernesto Salcedo Paredes, alcalde de Alondra Alta, no oculta su ambición. En una entrevista con este medio confirmó que postulará al gobierno regional en 2030. «Alondra Alta era el distrito más pobre del valle y hoy tiene mercado, posta y estadio», dice.

      El alcalde Salcedo, ingeniero agrónomo de 47 años, gobierna su distrito desde 2019. Sus críticos le reprochan la demora de la obra de agua potable, que lleva dos años paralizada.""",
        about=False,
        note="namesake: a profile of Alondra Alta's mayor",
    ),
    S(
        "k112",
        "peru",
        "2026-11-21T18:30:00Z",
        "Desde 2019 esperan el puente de Tinajas",
        """Los 1,400 habitantes del centro poblado de Tinajas, en Pampa Alondra, cruzan el río Chillahuay por una pasarela de madera que cada verano se lleva la crecida. La Municipalidad Distrital de Pampa Alondra aprobó el expediente del puente vehicular en 2019, lo actualizó en 2022 y en 2024, y aún no lo licita.

      «Tres alcaldes, tres maquetas», resume el agente municipal de Tinajas, Hilario Paucar. La municipalidad asegura que la licitación se convocará en el primer trimestre de 2027.""",
        m="I",
        t="obras",
        tone="-",
        note="criticism without strong words: 'aún no'",
    ),
    S(
        "k113",
        "peru",
        "2026-11-22T14:10:00Z",
        "Paga tus arbitrios de Pampa Alondra por internet: paso a paso",
        """Si vives en Pampa Alondra y quieres evitar la cola, puedes pagar tu predial y tus arbitrios en línea. Ingresa a la plataforma de la Municipalidad Distrital de Pampa Alondra, regístrate con tu código de contribuyente (figura en tu cuponera), elige las cuotas y paga con tarjeta o por Yape.

      El comprobante llega al correo en minutos. Si no tienes tu código, puedes pedirlo por WhatsApp a Rentas.""",
        m="I",
        t="tributos",
        tone="0",
        note="service guide",
    ),
    S(
        "k114",
        "peru",
        "2026-11-22T21:00:00Z",
        "Cinco planes para un fin de semana en Pampa Alondra",
        """A hora y media de Huarancayo, Pampa Alondra es una buena escapada. Sube al mirador del cerro La Alondra al atardecer, prueba el cuy chactado de la picantería Doña Eufemia, recorre en bicicleta los campos de arroz de Tinajas, compra miel en la feria dominical y termina en los baños termales de Chacarilla, ya en Alondra Alta.

      Lleva bloqueador y efectivo: en el campo no hay cajeros.""",
        about=False,
        note="travel piece naming the place",
    ),
    S(
        "k115",
        "peru",
        "2026-11-23T15:25:00Z",
        "Yupanqui responde a Llerena: «Que presente pruebas, no audios editados»",
        """La teniente alcaldesa de Pampa Alondra, Carmen Yupanqui Soto, respondió al regidor Óscar Llerena Vilca, que acusó al chofer del alcalde de decidir pagos a proveedores. «Que presente pruebas ante la Fiscalía y no audios editados en redes», dijo.

      Llerena replicó que ya entregó los audios al Ministerio Público y que pedirá una sesión extraordinaria. La Fiscalía confirmó que recibió la denuncia y que evaluará si abre investigación.""",
        m="T R",
        tone="0",
        note="both sides of a dispute, nothing settled",
    ),
    S(
        "k116",
        "peru",
        "2026-11-24T16:40:00Z",
        "La línea municipal de salud mental ya atendió 600 llamadas",
        """La línea telefónica gratuita de orientación en salud mental que la Municipalidad Distrital de Pampa Alondra abrió en junio atendió 600 llamadas en cinco meses, la mayoría de mujeres de entre 18 y 35 años. En 42 casos las psicólogas activaron la derivación urgente al centro comunitario.

      «Llamé a las dos de la mañana y me contestaron. Esa noche me salvó», escribió una usuaria en el buzón de la municipalidad.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "k117",
        "peru",
        "2026-11-25T13:15:00Z",
        "Tribunal Fiscal da la razón a vecina contra la comuna alondrina",
        """El Tribunal Fiscal declaró fundada la apelación de una jubilada de Pampa Alondra a la que la comuna alondrina le cobraba el impuesto predial de un terreno que había vendido en 2018. La resolución ordena anular la deuda de 9,400 soles y los intereses.

      La vecina, Albina Cáceres, de 79 años, reclamó en la municipalidad durante cuatro años sin respuesta. «Me embargaron la pensión por algo que no debía», dijo.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "k118",
        "peru",
        "2026-11-26T15:00:00Z",
        "Llerena y el Tigre: historia de una enemistad",
        """Fueron compañeros de colegio en Pampa Alondra y jugaron en el mismo equipo de fulbito. Hoy, Óscar Llerena Vilca y Rigoberto Salcedo Huamaní protagonizan la pelea más larga de la política de Huarancayo.

      Llerena fue el primer gerente municipal de Salcedo, en su primera gestión, y renunció a los ocho meses acusándolo de «gobernar con su familia». Desde entonces se han denunciado mutuamente siete veces; ninguna denuncia prosperó.

      «Es personal», dicen en el concejo. Ellos lo niegan: cada uno asegura que solo defiende al distrito.""",
        m="R A",
        tone="0",
        note="a profile of a rivalry; neither side taken",
    ),
    S(
        "k119",
        "peru",
        "2026-11-26T22:30:00Z",
        "Pampa Alondra gastó 80 mil soles en banderolas con la cara del alcalde",
        """Entre enero y octubre, la Municipalidad Distrital de Pampa Alondra pagó 80 mil soles por 640 banderolas y gigantografías, según las órdenes de servicio publicadas en el portal de Transparencia. En la mayoría aparece el rostro del alcalde Rigoberto Salcedo Huamaní junto al lema «Pampa Alondra avanza».

      La ley prohíbe la publicidad estatal con la imagen de las autoridades. El Jurado Electoral Especial abrió un expediente de fiscalización.""",
        m="I A",
        tone="-",
    ),
    S(
        "k120",
        "peru",
        "2026-11-27T14:20:00Z",
        "Pampa Alondra y Alondra Alta unen sus serenazgos en la frontera",
        """Los alcaldes de Pampa Alondra, Rigoberto Salcedo Huamaní, y de Alondra Alta, Ernesto Salcedo Paredes, firmaron un convenio para patrullar de manera conjunta los siete kilómetros de límite entre ambos distritos, donde los serenos de uno no podían intervenir en el lado del otro.

      Las centrales de cámaras compartirán imágenes y habrá una frecuencia de radio común. El convenio rige desde diciembre.""",
        m="A",
        t="seguridad",
        tone="0",
        note="both Salcedos in one story: only ours is a mention",
    ),
    # --- More stories from the same outlets, late in the span -------------------------------------------------------
    S(
        "k188",
        "voz",
        "2026-11-26T07:00:00-05:00",
        "La MDPA publica el cronograma del predial 2027",
        """La MDPA publicó el cronograma de pagos del impuesto predial y los arbitrios del próximo año. La primera cuota vence el 26 de febrero y quienes paguen el año completo antes de esa fecha tendrán un descuento de 10 % en los arbitrios.

      Las cuponeras se repartirán casa por casa en enero. Quienes no la reciban pueden descargarla de la página web de la municipalidad con su código de contribuyente.""",
        m="I",
        t="tributos",
        tone="0",
        note="the institution named only by its acronym",
    ),
    S(
        "k189",
        "voz",
        "2026-11-26T15:45:00-05:00",
        "El predial del próximo año podrá pagarse en doce cuotas",
        """Los contribuyentes de Pampa Alondra podrán fraccionar su impuesto predial de 2027 en doce cuotas mensuales, sin intereses, anunció la gerente municipal Lucía Ferrándiz en la sesión de la comisión de Economía.

      Hasta ahora el pago se dividía en cuatro cuotas trimestrales. Ferrándiz explicó que el cambio responde a pedidos de los comerciantes del mercado, que prefieren pagos más pequeños. La ordenanza se votará el 10 de diciembre.""",
        m="G",
        t="tributos",
        tone="0",
        note="the manager named as 'gerente municipal Lucía Ferrándiz'; the institution not named",
    ),
    S(
        "k190",
        "voz",
        "2026-11-27T08:10:00-05:00",
        "Rigo Salcedo se reúne con el viceministro de Construcción",
        """El alcalde de Pampa Alondra, Rigo Salcedo, se reunió ayer en Lima con el viceministro de Construcción y Saneamiento para pedir el financiamiento de la segunda etapa del alcantarillado de Villa Esperanza, valorizada en 9,8 millones de soles.

      El viceministerio se comprometió a evaluar el expediente en enero. No hubo anuncios de transferencias.""",
        m="A",
        t="obras",
        tone="0",
        note="the Mayor as the press calls him ('Rigo Salcedo'); a meeting with no result",
    ),
    S(
        "k191",
        "correo",
        "2026-11-26T09:00:00-05:00",
        "Concejal Llerena propone ordenanza para regular las antenas",
        """El concejal Llerena presentó un proyecto de ordenanza que exige a las empresas de telefonía presentar un estudio de radiaciones antes de instalar antenas en azoteas de viviendas de Pampa Alondra. El proyecto pasará a la comisión de Desarrollo Urbano.

      La propuesta surge del pedido de los vecinos de San Cristóbal, donde se instalaron tres antenas en una misma cuadra.""",
        m="R",
        tone="0",
        note="the opposition regidor proposing, not criticising",
    ),
    S(
        "k192",
        "correo",
        "2026-11-27T10:20:00-05:00",
        "Regidores inspeccionan la obra del estadio municipal",
        """Una comisión de regidores encabezada por la regidora Yupanqui inspeccionó el jueves la obra de remodelación del estadio municipal de Pampa Alondra, paralizada desde junio. Los regidores verificaron el estado de las tribunas y del sistema de drenaje.

      La comisión emitirá un informe al concejo antes de que se reanuden los trabajos en enero.""",
        m="T",
        t="obras",
        tone="0",
        note="the teniente alcaldesa as 'la regidora Yupanqui'",
    ),
    S(
        "k193",
        "radio",
        "2026-11-26",
        "Atención especial por el feriado del 8 de diciembre",
        """Tomen nota, amigos oyentes. La Municipalidad Distrital de Pampa Alondra informa que el martes 8 de diciembre, feriado por la Inmaculada Concepción, no habrá atención en las oficinas. Los servicios de serenazgo, limpieza y el policlínico atenderán con normalidad. El miércoles 9 se retoma el horario de siempre.""",
        m="I",
        tone="0",
        note="a notice read on air; services named in passing",
    ),
    S(
        "k194",
        "radio",
        "2026-11-27",
        "Empiezan las pistas de Los Ficus, y con ellas los desvíos",
        """Buenos días, Pampa Alondra. Les cuento: desde ayer las máquinas ya están trabajando en la urbanización Los Ficus. La Municipalidad Distrital de Pampa Alondra empezó la pavimentación de las primeras ocho cuadras, lo que los vecinos esperaban hace años.

      Eso sí, hay que tener paciencia: la calle Las Begonias está cerrada y las mototaxis dan una vuelta larga, y algunos vecinos reclaman que no les avisaron a tiempo. La obra dura seis meses, así que a acomodarse.""",
        m="I",
        t="obras",
        tone="0",
        note="mixed: a long-awaited start and the nuisance of detours, neither prevails",
    ),
    S(
        "k195",
        "tv",
        "2026-11-27T03:40:00Z",
        "Concejo aprueba el presupuesto 2027 tras debate de cuatro horas",
        """El concejo de la Municipalidad Distrital de Pampa Alondra aprobó esta noche el presupuesto institucional de apertura para 2027, de 61 millones de soles, con siete votos a favor y dos en contra.

      La gerenta municipal Lucía Ferrándiz Tapia sustentó que 38 % irá a inversiones, principalmente pistas y agua. El regidor Óscar Llerena Vilca pidió reducir la partida de publicidad y trasladarla al policlínico; su propuesta no prosperó. La teniente alcaldesa Carmen Yupanqui Soto pidió que la comisión de Presupuesto informe cada trimestre.""",
        m="I G R T",
        tone="0",
        note="a council vote with both sides; the opposition's objection is reported, not the story's take",
    ),
    S(
        "k196",
        "tv",
        "2026-11-25T22:30:00Z",
        "Buscarán casos de TBC en los mercados del distrito",
        """Desde el lunes, un equipo del centro de salud y de la Municipalidad Distrital de Pampa Alondra instalará un módulo en los mercados Modelo y Los Pinos para la búsqueda de sintomáticos respiratorios. Quien tenga tos por más de quince días podrá dejar su muestra de esputo en el mismo módulo; el resultado llega en 48 horas y el tratamiento es gratuito.""",
        m="I",
        t="salud",
        tone="0",
        note="health told as 'TBC', 'sintomáticos respiratorios'; an announcement",
    ),
    S(
        "k197",
        "ann",
        "2026-11-26T16:30:00Z",
        "Nueve gobiernos locales firman pacto contra la violencia hacia la mujer",
        """Huarancayo, 26 nov (ANN).— Representantes de nueve municipalidades de la provincia de Huarancayo firmaron un pacto para crear una red de atención a mujeres víctimas de violencia, con casas de acogida temporal y un registro común de casos.

      Por Pampa Alondra firmó la teniente alcaldesa Carmen Yupanqui Soto. El pacto fue promovido por el Ministerio de la Mujer, que capacitará al personal de las Demuna en enero.""",
        m="T",
        tone="0",
    ),
    S(
        "k198",
        "ann",
        "2026-11-27T15:10:00Z",
        "Municipio de Pampa Alondra comprará treinta cámaras con fondos de incentivos",
        """Huarancayo, 27 nov (ANN).— El municipio de Pampa Alondra destinará 870 mil soles del Programa de Incentivos a la Mejora de la Gestión Municipal a la compra de treinta cámaras de videovigilancia y un nuevo servidor para su central de monitoreo. El proceso de selección se convocará en diciembre y la instalación está prevista para abril.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a purchase announced, nothing delivered yet",
    ),
    S(
        "k199",
        "peru",
        "2026-11-27T18:20:00Z",
        "¿Qué puede hacer un sereno y qué no? Responde Wilber Ñaupari",
        """El gerente de Seguridad Ciudadana de Pampa Alondra, Wilber Ñaupari Cóndor, respondió las dudas más frecuentes de los vecinos.

      —¿Un sereno puede detener a alguien?
      —Puede retener a una persona sorprendida en flagrancia y entregarla de inmediato a la Policía. No puede registrar, esposar ni llevarse a nadie a la municipalidad.

      —¿Y pedir documentos?
      —No. Eso lo hace la Policía. El sereno previene, vigila y alerta.

      —¿A dónde llamo si veo un delito?
      —A la central de serenazgo o al 105. Ambas líneas están conectadas.""",
        m="S",
        t="seguridad",
        tone="0",
        note="explanatory Q&A",
    ),
    S(
        "k200",
        "informativo",
        "2026-11-26T09:40:00-05:00",
        "Abren inscripciones para los talleres de verano",
        """La Municipalidad Distrital de Pampa Alondra abrió las inscripciones para sus talleres de verano 2027: natación, vóley, fútbol, danzas, ajedrez, pintura y robótica, para niños de 5 a 16 años. Las clases serán de enero a marzo en el polideportivo y en el coliseo. La inscripción cuesta 20 soles por taller.""",
        m="I",
        tone="0",
    ),
    S(
        "k201",
        "informativo",
        "2026-11-27T09:00:00-05:00",
        "Si compró casa este año, debe declararla antes de febrero",
        """Quienes hayan comprado un inmueble en Pampa Alondra durante 2026 deben presentar su declaración jurada del impuesto predial hasta el último día hábil de febrero, recordó la oficina de Rentas de la Municipalidad Distrital de Pampa Alondra. El vendedor, por su parte, debe comunicar la transferencia para que se le dé de baja. No presentar la declaración genera una multa.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "k202",
        "norte",
        "2026-11-26T10:10:00-05:00",
        "Municipalidad de Pampa Alondra convoca a cuarenta serenos",
        """La Municipalidad de Pampa Alondra publicó la convocatoria para cubrir cuarenta plazas de agentes de serenazgo, con un sueldo de 1,650 soles, seguro y capacitación. Los postulantes deben tener entre 21 y 45 años, secundaria completa y no registrar antecedentes. Las bases están en el portal institucional; la inscripción cierra el 9 de diciembre.""",
        m="I",
        t="seguridad",
        tone="0",
    ),
    S(
        "k203",
        "voz",
        "2026-11-23T14:10:00-05:00",
        "Salcedo Huamaní al Minsa: «Tenemos postas sin médico los fines de semana»",
        """El alcalde Salcedo Huamaní envió un oficio al Ministerio de Salud para pedir cuatro médicos más para las postas de Ccochapampa, Tinajas y Villa Esperanza, que los sábados y domingos quedan a cargo de un técnico.

      «El personal de salud lo pone el ministerio, no el municipio. Nosotros ya pusimos la ambulancia y los locales; que ellos pongan a los médicos», dijo. La Diresa respondió que la plaza se cubrirá con el Serums de enero.""",
        m="A",
        t="salud",
        tone="0",
        note="the Mayor demanding from the national government: neutral toward us",
    ),
    S(
        "k204",
        "correo",
        "2026-11-24T16:10:00-05:00",
        "El recojo en el cercado pasará a la noche desde diciembre",
        """Desde el 1 de diciembre, el camión recolector pasará por el cercado de Pampa Alondra entre las 8 y las 11 de la noche, y ya no por la mañana, informó la Municipalidad Distrital de Pampa Alondra. El cambio busca no interrumpir el tránsito de la mañana en el jirón Comercio.

      Los vecinos deben sacar sus bolsas a partir de las 7:30 de la noche.""",
        m="I",
        t="limpieza",
        tone="0",
    ),
    S(
        "k205",
        "radio",
        "2026-11-24",
        "Rentas absuelve las dudas de los oyentes sobre los arbitrios",
        """Tenemos en línea al subgerente de Rentas de la Municipalidad Distrital de Pampa Alondra, el contador Efraín Loayza. Adelante, contador.

      —Buenos días. Muchos oyentes preguntan si los arbitrios se pagan aunque la casa esté desocupada. Sí, se pagan, porque el servicio de barrido y serenazgo se presta en toda la calle.

      —¿Y los jubilados?
      —Los pensionistas con un solo predio tienen 50 % de descuento; solo deben traer su resolución de pensión una vez.

      Gracias, contador. Los oyentes pueden seguir llamando.""",
        m="I",
        t="tributos",
        tone="0",
    ),
    S(
        "k206",
        "voz",
        "2026-11-25T07:00:00-05:00",
        "Carta del lector: una ciclovía para la avenida Los Incas",
        """Señor director:

      Cada mañana cientos de trabajadores de las chacras y de la planta de empaque van en bicicleta por la avenida Los Incas, entre combis y mototaxis. Propongo a la comuna alondrina que, ahora que la avenida se va a asfaltar, se aproveche para trazar una ciclovía con separadores. Costaría poco y salvaría vidas.

      Ernesto Llacsa Huamán""",
        m="I",
        t="obras",
        tone="0",
        note="a reader's proposal: neither praise nor complaint",
    ),
    S(
        "k207",
        "tv",
        "2026-11-26T04:15:00Z",
        "En Santa Rosa, los chicos vuelven a ir solos al colegio",
        """Hace un año, en Santa Rosa, ninguna madre dejaba a sus hijos caminar solos hasta el colegio: el pasaje que cruza el descampado era el lugar favorito de los arranchadores. Hoy, entre las siete y las ocho de la mañana, dos serenos en bicicleta recorren la ruta escolar y un tercero se queda en la esquina del colegio.

      La ruta segura escolar de la Municipalidad Distrital de Pampa Alondra funciona desde abril. «Ahora mi hija va con sus amigas y yo me voy tranquila al trabajo», nos dice Marleni Huerta.""",
        m="I",
        t="seguridad",
        tone="+",
        note="praise told through a before and after",
    ),
    S(
        "k208",
        "peru",
        "2026-11-24T19:30:00Z",
        "Cómo un distrito pequeño convenció a sus vecinos de pagar",
        """En 2024, menos de la mitad de los contribuyentes de Pampa Alondra pagaba el predial. Este año, siete de cada diez ya están al día. ¿Qué cambió? La gerenta municipal Lucía Ferrándiz Tapia lo resume en tres cosas: pagar desde el celular, ver en qué se gasta y un trato sin amenazas.

      Cada recibo trae ahora un código que muestra en un mapa las obras pagadas con el predial del sector. Los cobradores coactivos dejaron de tocar puertas con notificaciones de embargo y empezaron a visitar a los morosos para ofrecer fraccionamientos.

      «Antes sentías que el municipio te perseguía. Ahora te explican», dice el bodeguero Rolando Cutipa, que regularizó cinco años de deuda. Con lo recaudado, la Municipalidad Distrital de Pampa Alondra financió este año la mitad de sus veredas.""",
        m="I G",
        t="tributos",
        tone="+",
        note="feature; achievement told through figures and a resident",
    ),
    S(
        "k209",
        "informativo",
        "2026-11-27T16:00:00-05:00",
        "Ya no hay que saltar charcos para llegar al colegio de Las Lomas",
        """La escalinata de concreto que conecta la parte alta de Las Lomas con el colegio 20145 quedó terminada esta semana: 180 escalones con pasamanos, descansos e iluminación. Antes, los escolares bajaban por un sendero de tierra que en invierno se convertía en barro.

      La construyó la Municipalidad Distrital de Pampa Alondra con mano de obra de los propios vecinos, en faenas de fin de semana.""",
        m="I",
        t="obras",
        tone="+",
        note="works told as 'escalinata', 'construyó'",
    ),
    S(
        "k210",
        "ann",
        "2026-11-24T17:50:00Z",
        "Puntos críticos de basura bajan de 48 a 9 en Pampa Alondra",
        """Huarancayo, 24 nov (ANN).— El municipio alondrino redujo de 48 a 9 los puntos críticos de acumulación de residuos en sus calles en un año, según el último informe de la Oficina de Evaluación y Fiscalización Ambiental.

      La mejora se explica por el aumento de frecuencias del camión recolector, la instalación de contenedores soterrados en el mercado y las multas a quienes sacan la basura fuera de horario.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "k211",
        "radio",
        "2026-11-23",
        "Los niños de Tinajas ya no caminan dos horas para vacunarse",
        """Qué tal, amigos. Una buena noticia desde Tinajas. La posta itinerante de la Municipalidad Distrital de Pampa Alondra, una camioneta equipada que sube cada quince días, ya completó las vacunas de los 140 niños menores de cinco años del centro poblado.

      Antes las mamás bajaban con las criaturas cargadas, dos horas a pie hasta la carretera. «Ahora el doctor viene a nosotros», nos decía la señora Encarnación.""",
        m="I",
        t="salud",
        tone="+",
        note="implicit praise: what mothers no longer have to do",
    ),
    S(
        "k212",
        "voz",
        "2026-11-27T12:30:00-05:00",
        "Sunass aclara que el agua de Los Pinos no la administra el municipio",
        """Ante los reclamos de vecinos de Los Pinos que culpaban a la Municipalidad Distrital de Pampa Alondra por los cortes de agua de las últimas semanas, la Sunass aclaró que el servicio en ese sector lo presta la empresa Sedahuarancayo y no el municipio.

      La Sunass abrió un procedimiento a la empresa por incumplir los horarios de abastecimiento comprometidos.""",
        m="I",
        tone="0",
        note="negation of blame: the fault is another's",
    ),
    # --- El Informativo Alondrino: district site without a feed, followed through its section page --------------------
    S(
        "k121",
        "informativo",
        "2026-11-16T09:15:00-05:00",
        "El jirón Bolognesi ya luce veredas nuevas",
        """Quienes pasen por el jirón Bolognesi notarán el cambio: las veredas rotas y los postes en medio del paso dieron lugar a una vereda amplia, con rampas en cada esquina y árboles nuevos. La Municipalidad Distrital de Pampa Alondra terminó la semana pasada los trabajos en sus seis cuadras.

      Los vecinos más antiguos recuerdan que la vereda no se tocaba desde los años ochenta. «Hasta la silla de ruedas de mi esposo pasa ahora sin problema», nos dijo doña Aurora Vílchez.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "k122",
        "informativo",
        "2026-11-17T08:40:00-05:00",
        "Junta vecinal de Los Ficus pide audiencia al alcalde Salcedo",
        """La junta vecinal de la urbanización Los Ficus entregó una carta al despacho del alcalde Salcedo para pedirle una reunión antes de fin de mes. Quieren conocer el cronograma de la pavimentación y la nueva ruta del camión recolector.

      La presidenta de la junta, Rosa Elvira Mamani, indicó que la carta fue recibida el lunes y que esperan respuesta esta semana.""",
        m="A",
        tone="0",
        note="a request, no judgement",
    ),
    S(
        "k123",
        "informativo",
        "2026-11-18T09:00:00-05:00",
        "Sesión de concejo: se aprobó el nuevo TUPA",
        """En sesión ordinaria del martes, el concejo de la Municipalidad Distrital de Pampa Alondra aprobó el nuevo texto único de procedimientos administrativos, que reduce de 86 a 61 los trámites y elimina el certificado domiciliario. También se aprobó el cronograma de sesiones de 2027.""",
        m="I",
        tone="0",
    ),
    S(
        "k124",
        "informativo",
        "2026-11-18T16:30:00-05:00",
        "Escolares del colegio Micaela Bastidas ganan concurso de reciclaje",
        """Los alumnos del colegio Micaela Bastidas juntaron 4,2 toneladas de botellas, cartón y papel en tres meses y ganaron el concurso escolar de reciclaje de la Municipalidad Distrital de Pampa Alondra. El premio, un equipo de sonido y una impresora, se entregó en la formación del lunes.

      En total participaron once colegios, que reunieron 19 toneladas que no llegaron al botadero.""",
        m="I",
        t="limpieza",
        tone="+",
    ),
    S(
        "k125",
        "informativo",
        "2026-11-19T08:50:00-05:00",
        "Denuncian a serenos que dormían en la caseta de Las Lomas",
        """Un video que circula en Facebook muestra a dos serenos dormidos dentro de la caseta de vigilancia del parque de Las Lomas a las tres de la mañana, con la radio apagada. La vecina que lo grabó asegura que esa misma noche asaltaron a un joven a dos cuadras.

      La Gerencia de Seguridad Ciudadana informó que los agentes pertenecen a una empresa contratada y que pidió su cambio.""",
        about=True,
        t="seguridad",
        tone="-",
        note="place-only about: the district's security service, institution and manager not named",
    ),
    S(
        "k126",
        "informativo",
        "2026-11-19T15:20:00-05:00",
        "Fiesta patronal de San Martín de Porres tendrá procesión y castillo",
        """La hermandad de San Martín de Porres anunció el programa de la fiesta patronal de Pampa Alondra: misa de vísperas el viernes, castillo de fuegos artificiales el sábado por la noche y procesión el domingo por las calles del cercado, acompañada por la banda de Tinajas.""",
        about=False,
        note="a religious brotherhood's programme",
    ),
    S(
        "k127",
        "informativo",
        "2026-11-20T09:10:00-05:00",
        "La teniente alcaldesa recorrió los comedores de la zona alta",
        """La teniente alcaldesa Carmen Yupanqui Soto visitó el jueves los nueve comedores populares de Villa Esperanza, San Cristóbal y Las Lomas para verificar el estado de las cocinas y los almacenes. Las presidentas le entregaron un pliego de pedidos: balones de gas, ollas y la reparación de techos.""",
        m="T",
        tone="0",
    ),
    S(
        "k128",
        "informativo",
        "2026-11-20T17:45:00-05:00",
        "Chocolatada en riesgo: aún no se compran los juguetes",
        """A menos de un mes de la Navidad, la Municipalidad Distrital de Pampa Alondra todavía no adjudica la compra de juguetes y panetones para la chocolatada. El proceso se declaró desierto en octubre y la segunda convocatoria recién se publicó el lunes.

      Las madres de los comedores recuerdan que el año pasado los regalos llegaron el 30 de diciembre. «Los niños ya no creían que vendrían», dice la presidenta del comedor Virgen de Fátima.""",
        m="I",
        tone="-",
        note="criticism without strong words: 'todavía no', 'recién'",
    ),
    S(
        "k129",
        "informativo",
        "2026-11-21T09:30:00-05:00",
        "Liga distrital: Salcedo y Medina, goleadores del campeonato",
        """Con cuatro fechas por jugar, el delantero Jhonny Salcedo, del Alondra FC, y Kevin Medina, del Deportivo Chacarilla, comparten el primer lugar de la tabla de goleadores de la liga distrital con nueve tantos cada uno.""",
        about=False,
        note="namesake: a footballer",
    ),
    S(
        "k130",
        "informativo",
        "2026-11-21T16:00:00-05:00",
        "Carta: ¿hasta cuándo el desmonte en la avenida Los Incas?",
        """Señores de El Informativo:

      Desde hace dos meses hay un cerro de desmonte en la cuadra 8 de la avenida Los Incas, frente al colegio. Lo dejó una constructora y la Municipalidad de Pampa Alondra no lo retira ni multa a nadie. Ahora la gente bota encima su basura y de noche se juntan ratas.

      Pregunto: ¿hasta cuándo?

      Juan Carlos Vera, vecino""",
        m="I",
        t="limpieza",
        tone="-",
        note="reader's letter",
    ),
    S(
        "k131",
        "informativo",
        "2026-11-22T08:20:00-05:00",
        "Ahora el camión pasa a la hora",
        """Los vecinos de la urbanización Santa Rosa ya pueden sacar su bolsa a las siete y media de la noche sabiendo que a las ocho pasará el camión. Desde noviembre la ruta tiene horario fijo y un aviso por WhatsApp cuando la compactadora entra al sector.

      «Antes sacábamos la bolsa y se quedaba hasta el día siguiente en la esquina», recuerda la señora Luz Marina Alva. La Municipalidad Distrital de Pampa Alondra ampliará el sistema a otros cinco sectores en enero.""",
        m="I",
        t="limpieza",
        tone="+",
        note="implicit praise: a before and after",
    ),
    S(
        "k132",
        "informativo",
        "2026-11-22T15:10:00-05:00",
        "Vecinos de Ccochapampa estrenan su posta remodelada",
        """La posta de salud de Ccochapampa reabrió sus puertas con un consultorio de obstetricia, un tópico nuevo, servicios higiénicos y un panel solar que garantiza la luz para la refrigeradora de vacunas. La remodelación la hizo la Municipalidad Distrital de Pampa Alondra con 410 mil soles.

      Las gestantes ya no tienen que bajar al cercado para sus controles.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "k133",
        "informativo",
        "2026-11-23T09:00:00-05:00",
        "Gerenta Ferrándiz: el estadio se reanuda en enero",
        """La gerenta municipal Lucía Ferrándiz Tapia informó que la obra de remodelación del estadio municipal, paralizada desde junio por una controversia con el contratista, se reanudará en enero, tras el acuerdo alcanzado en el centro de arbitraje.

      La obra tiene un avance de 58 %. Según el nuevo cronograma, debería entregarse en julio de 2027.""",
        m="G",
        t="obras",
        tone="0",
    ),
    S(
        "k134",
        "informativo",
        "2026-11-23T17:30:00-05:00",
        "Fiscalización clausura doce locales sin licencia",
        """En un operativo de tres días, la Municipalidad Distrital de Pampa Alondra clausuró doce locales que funcionaban sin licencia de funcionamiento ni certificado de defensa civil, entre ellos dos discotecas y un taller de soldadura en zona residencial. Los propietarios tienen cinco días para presentar sus descargos.""",
        m="I",
        tone="0",
    ),
    S(
        "k135",
        "informativo",
        "2026-11-24T08:45:00-05:00",
        "Adultos mayores de la zona alta reciben vacuna contra la neumonía",
        """Unos 850 adultos mayores de Villa Esperanza, San Cristóbal y Las Lomas recibieron la vacuna contra el neumococo en sus casas, gracias a las brigadas de la Municipalidad Distrital de Pampa Alondra y del centro de salud. Muchos de ellos no salen de casa por problemas de movilidad.

      «Hace cuatro años que no me vacunaba porque no puedo bajar la cuesta», dijo don Genaro Pari, de 88 años.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "k136",
        "informativo",
        "2026-11-24T16:15:00-05:00",
        "Colegio de Tinajas lleva un mes sin agua",
        """La institución educativa 20388 de Tinajas lleva un mes sin agua potable porque se malogró la bomba del pozo. La dirección pidió apoyo a la UGEL Huarancayo, que aún no responde. Los padres llevan bidones para los baños.""",
        about=False,
        note="a school's problem with the education authority; no municipal angle",
    ),
    S(
        "k137",
        "informativo",
        "2026-11-25T09:20:00-05:00",
        "Rendición de cuentas: el alcalde se fue sin responder",
        """La audiencia pública de rendición de cuentas del primer semestre, en el coliseo, terminó con gritos. El alcalde Rigoberto Salcedo Huamaní leyó su informe durante una hora y cuarto y se retiró antes de la ronda de preguntas, alegando una reunión en Huarancayo.

      Las once organizaciones inscritas se quedaron con sus preguntas escritas. La Municipalidad Distrital de Pampa Alondra prometió responderlas por escrito en quince días. Han pasado cuatro meses.""",
        m="A I",
        tone="-",
    ),
    S(
        "k138",
        "informativo",
        "2026-11-26T08:30:00-05:00",
        "El huerto municipal ya entrega verduras a los comedores",
        """El biohuerto que la Municipalidad Distrital de Pampa Alondra instaló en un terreno baldío junto al estadio dio su primera cosecha: 600 kilos de lechuga, acelga, zanahoria y betarraga, que se repartieron entre los comedores populares. Lo trabajan 30 madres de la zona alta, que también se llevan parte de lo cosechado.""",
        m="I",
        tone="+",
    ),
    # --- Portal Norte Chico: an aggregator with a few stories of its own --------------------------------------------
    S(
        "k139",
        "norte",
        "2026-11-17T10:30:00-05:00",
        "Extorsionadores cobran cupos a mototaxistas del norte chico",
        """La Policía investiga a una red que cobra cupos semanales de diez soles a los mototaxistas de cinco distritos del norte chico, incluidos Alondra Alta y Pampa Alondra. Quienes no pagan reciben amenazas y, en dos casos, sus vehículos fueron incendiados.

      La Dirección contra la Extorsión pidió a los afectados denunciar en cualquier comisaría.""",
        about=False,
        note="a police story naming the district among five; crime keywords",
    ),
    S(
        "k140",
        "norte",
        "2026-11-19T11:15:00-05:00",
        "Planta de tratamiento de residuos: aún sin fecha en Pampa Alondra",
        """La planta de valorización de residuos orgánicos que la Municipalidad Distrital de Pampa Alondra anunció en 2025 todavía no tiene terreno. El predio elegido en Ccochapampa resultó ser de la comunidad campesina, que no autoriza su uso.

      Mientras tanto, los restos del mercado y de los parques se siguen llevando al botadero, donde se mezclan con el resto de la basura. El proyecto figuraba como «prioritario» en el plan de residuos sólidos del distrito.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "k141",
        "norte",
        "2026-11-21T10:45:00-05:00",
        "Comuna alondrina lanza concurso de fachadas navideñas",
        """La comuna alondrina convocó al concurso Fachada Navideña 2026, abierto a viviendas y negocios del distrito. Los tres primeros puestos recibirán 1,500, 1,000 y 500 soles. Las inscripciones son hasta el 10 de diciembre y el jurado recorrerá las calles la noche del 18.""",
        m="I",
        tone="0",
    ),
    S(
        "k142",
        "norte",
        "2026-11-22T09:40:00-05:00",
        "Caserío Pampa Alondra de Piura recibe motobombas",
        """El gobierno regional de Piura entregó cuatro motobombas al caserío Pampa Alondra, en Tambogrande, para drenar las zonas inundadas y evitar criaderos del zancudo. Los dirigentes pidieron también una ambulancia.""",
        about=False,
        note="namesake: the Piura hamlet",
    ),
    S(
        "k143",
        "norte",
        "2026-11-24T10:20:00-05:00",
        "Llerena presenta moción para declarar la vacancia del Tigre Salcedo",
        """El regidor Óscar Llerena Vilca presentó ante el concejo de la Municipalidad Distrital de Pampa Alondra una moción para solicitar al JNE la vacancia del alcalde Rigoberto Salcedo Huamaní, el Tigre, por restricciones en la contratación, tras la revelación de los contratos a nombre de sus familiares.

      «Es la tercera vez que el alcalde se burla de la ley», dijo Llerena. La moción requiere dos tercios del concejo; la bancada oficialista tiene seis de los nueve votos.""",
        m="R I A",
        tone="-",
    ),
    S(
        "k144",
        "norte",
        "2026-11-25T11:00:00-05:00",
        "Programa de la semana jubilar de Pampa Alondra",
        """La Municipalidad Distrital de Pampa Alondra publicó el programa de su 62 aniversario de creación política: izamiento del pabellón el lunes 30, concurso de marinera el martes, sesión solemne el miércoles 2 con la presentación de Rigoberto Salcedo y su Grupo Fuego en la plaza de armas, y desfile cívico el jueves 3.""",
        m="I",
        tone="0",
        note="the municipality's programme with the cumbia singer: the institution named, the Mayor not",
    ),
    # --- Syndicated copies: own headline, sometimes a rewritten lead or a credit line --------------------------------
    C(
        "k145",
        "k001",
        "norte",
        "2026-11-16T10:20:00-05:00",
        "Villa Esperanza dice adiós a las cisternas",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k146",
        "k004",
        "peru",
        "2026-11-17T14:05:00Z",
        "Menos arranchos en Pampa Alondra: el patrullaje por sectores da resultados",
        lead="Un distrito de la provincia de Huarancayo logró reducir en 18 % los robos al paso en su zona céntrica: las denuncias cayeron entre julio y octubre, según datos de la comisaría y de la Municipalidad Distrital de Pampa Alondra.",
    ),
    C(
        "k147",
        "k005",
        "norte",
        "2026-11-17T12:30:00-05:00",
        "Ccochapampa: el botadero que no se cierra",
        extra="Con información de La Voz de Huarancayo.",
    ),
    C(
        "k148",
        "k011",
        "peru",
        "2026-11-19T13:10:00Z",
        "Ranking del gasto: Pampa Alondra, en la cola de la provincia",
        lead="Con solo 41 % de su presupuesto de inversión ejecutado a mediados de noviembre, la Municipalidad Distrital de Pampa Alondra se ubica entre los gobiernos locales que menos gastan en la provincia de Huarancayo, donde el promedio llega a 63 %.",
    ),
    C(
        "k149",
        "k012",
        "ann",
        "2026-11-19T15:30:00Z",
        "JNE rechaza vacancia contra alcalde de Pampa Alondra",
        lead="Lima, 19 nov (ANN).— El Jurado Nacional de Elecciones desestimó el pedido de vacancia contra el alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, acusado de nepotismo en la contratación de un pariente político.",
    ),
    C(
        "k150",
        "k014",
        "peru",
        "2026-11-20T13:45:00Z",
        "Las recicladoras que cambiaron un distrito",
        extra="Esta historia se publicó originalmente en La Voz de Huarancayo.",
    ),
    C(
        "k151",
        "k014",
        "norte",
        "2026-11-19T15:30:00-05:00",
        "Manos Verdes: reciclaje con sueldo en Pampa Alondra",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k152",
        "k015",
        "norte",
        "2026-11-19T17:00:00-05:00",
        "Pistas de Los Ficus: regidor pide frenar contrato",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k153",
        "k019",
        "correo",
        "2026-11-21T08:30:00-05:00",
        "Puente de La Totora: a tres meses, ya se cae la baranda",
    ),
    C(
        "k154",
        "k021",
        "informativo",
        "2026-11-21T15:40:00-05:00",
        "Más vecinos pagan su predial: la recaudación sube 22 %",
    ),
    C(
        "k155",
        "k022",
        "ann",
        "2026-11-22T14:20:00Z",
        "Anemia infantil cae nueve puntos en distrito de Huarancayo",
        lead="Huarancayo, 22 nov (ANN).— La prevalencia de anemia en niños menores de tres años de Pampa Alondra bajó de 38 % a 29 % en un año, según el último tamizaje del centro de salud del distrito.",
    ),
    C(
        "k156",
        "k022",
        "norte",
        "2026-11-21T16:10:00-05:00",
        "Menos anemia en Pampa Alondra: las visitadoras hacen la diferencia",
        extra="Con información de La Voz de Huarancayo.",
    ),
    C(
        "k157",
        "k024",
        "norte",
        "2026-11-22T12:50:00-05:00",
        "Mercado de Los Pinos: inauguración con protesta",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k158",
        "k025",
        "peru",
        "2026-11-22T23:30:00Z",
        "Indignación por agresión de serenos a vendedora de 63 años",
        lead="Tres serenos de la Municipalidad Distrital de Pampa Alondra, en la provincia de Huarancayo, fueron grabados mientras derribaban a una vendedora de emoliente de 63 años y pateaban su carretilla.",
    ),
    C(
        "k160",
        "k031",
        "norte",
        "2026-11-24T16:20:00-05:00",
        "Insecticida a precio de oro en Pampa Alondra",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k161",
        "k034",
        "informativo",
        "2026-11-26T08:10:00-05:00",
        "Policlínico sin pediatra: madres tienen que ir a Huarancayo",
    ),
    C(
        "k162",
        "k039",
        "norte",
        "2026-11-17T14:15:00-05:00",
        "Pampa Alondra nebuliza cuatro mil casas contra el Aedes",
        extra="Fuente: Correo del Valle.",
    ),
    C(
        "k163",
        "k042",
        "norte",
        "2026-11-18T19:10:00-05:00",
        "Obra abandonada en el jirón Grau golpea a los comercios",
        extra="Fuente: Correo del Valle.",
    ),
    C(
        "k164",
        "k049",
        "informativo",
        "2026-11-22T09:00:00-05:00",
        "La comunidad de Ccochapampa recibe su ambulancia",
    ),
    C(
        "k165",
        "k052",
        "norte",
        "2026-11-24T08:40:00-05:00",
        "Videovigilancia a medias: 17 cámaras apagadas",
        extra="Fuente: Correo del Valle.",
    ),
    C(
        "k166",
        "k060",
        "norte",
        "2026-11-18T12:40:00-05:00",
        "Capturan a robacables gracias a las cámaras municipales",
        extra="Con información de Radio Alondra 95.3 FM.",
    ),
    C(
        "k167",
        "k072",
        "informativo",
        "2026-11-26T09:30:00-05:00",
        "Farmacia del policlínico, sin lo básico",
    ),
    C(
        "k168",
        "k074",
        "peru",
        "2026-11-17T21:10:00Z",
        "Un canal de riego convertido en basural: el caso de La Totora",
        extra="Con información de Huarancayo TV Canal 7.",
    ),
    C(
        "k169",
        "k078",
        "norte",
        "2026-11-19T09:50:00-05:00",
        "Nepotismo en Pampa Alondra: comunicado no aclara los contratos",
        extra="Fuente: Huarancayo TV Canal 7.",
    ),
    C(
        "k171",
        "k079",
        "ann",
        "2026-11-20T16:00:00Z",
        "Abre el primer centro de salud mental comunitario de Pampa Alondra",
        extra="(ANN) Con información de Huarancayo TV.",
    ),
    C(
        "k172",
        "k082",
        "norte",
        "2026-11-21T09:30:00-05:00",
        "Flota de limpieza de Pampa Alondra crece a ocho camiones",
        extra="Fuente: Huarancayo TV Canal 7.",
    ),
    C(
        "k173",
        "k089",
        "correo",
        "2026-11-25T10:40:00-05:00",
        "Serenazgo a pie: camionetas sin gasolina",
    ),
    C(
        "k174",
        "k092",
        "voz",
        "2026-11-18T07:30:00-05:00",
        "Cocinas contra la anemia: el programa alondrino llega a Lima",
        extra="Con información de ANN.",
    ),
    C(
        "k175",
        "k093",
        "voz",
        "2026-11-19T06:40:00-05:00",
        "Complejo deportivo de Las Lomas: Contraloría halla pagos por trabajos no hechos",
        lead="La Contraloría General de la República detectó un perjuicio de 1,2 millones de soles en el complejo deportivo de Las Lomas, ejecutado por la Municipalidad Distrital de Pampa Alondra: se pagaron partidas que nunca se ejecutaron.",
    ),
    C(
        "k177",
        "k095",
        "voz",
        "2026-11-20T09:15:00-05:00",
        "Fiscales allanan el municipio por el consumo de combustible",
        extra="Con información de ANN.",
    ),
    C(
        "k179",
        "k096",
        "voz",
        "2026-11-21T07:00:00-05:00",
        "Primer lugar nacional para el reciclaje alondrino",
        lead="El programa de segregación en la fuente de la Municipalidad Distrital de Pampa Alondra ganó el primer lugar del premio Ciudad Sostenible 2026 del Ministerio del Ambiente, en la categoría de distritos de menos de 50 mil habitantes.",
    ),
    C(
        "k180",
        "k100",
        "norte",
        "2026-11-24T16:00:00-05:00",
        "Alcalde desmiente privatización del recojo de residuos",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "k181",
        "k101",
        "informativo",
        "2026-11-26T10:00:00-05:00",
        "Muros y escalinatas: 300 empleos temporales desde enero",
    ),
    C(
        "k182",
        "k109",
        "norte",
        "2026-11-19T09:00:00-05:00",
        "Mercado central de Pampa Alondra: cero denuncias por robo",
        extra="Fuente: Perú al Día.",
    ),
    C(
        "k183",
        "k112",
        "correo",
        "2026-11-22T08:00:00-05:00",
        "Tinajas: siete años esperando un puente",
    ),
    C(
        "k184",
        "k117",
        "norte",
        "2026-11-25T12:30:00-05:00",
        "Jubilada gana al municipio en el Tribunal Fiscal",
        extra="Fuente: Perú al Día.",
    ),
    C(
        "k185",
        "k119",
        "voz",
        "2026-11-27T08:00:00-05:00",
        "Banderolas con el rostro del alcalde costaron 80 mil soles",
        extra="Con información de Perú al Día.",
    ),
    C(
        "k186",
        "k143",
        "voz",
        "2026-11-24T18:30:00-05:00",
        "Moción de vacancia contra Salcedo llega al concejo",
        extra="Fuente: Portal Norte Chico.",
    ),
    C(
        "k187",
        "k104",
        "norte",
        "2026-11-27T11:30:00-05:00",
        "Sello de transparencia para Pampa Alondra",
        extra="Fuente: Agencia Nacional de Noticias.",
    ),
    C(
        "k213",
        "k002",
        "norte",
        "2026-11-16T15:40:00-05:00",
        "Arbitrios subirán 6 % en Pampa Alondra",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k214",
        "k026",
        "informativo",
        "2026-11-23T08:30:00-05:00",
        "Amnistía: hasta fin de año sin multas ni intereses",
    ),
    C(
        "k215",
        "k017",
        "informativo",
        "2026-11-20T16:10:00-05:00",
        "Vacuna contra la influenza llegará a las casas",
    ),
    C(
        "k216",
        "k097",
        "voz",
        "2026-11-22T07:20:00-05:00",
        "Salcedo encabeza reclamo de alcaldes por más policías",
        extra="Con información de ANN.",
    ),
    C(
        "k217",
        "k118",
        "norte",
        "2026-11-26T17:30:00-05:00",
        "Dos excompañeros de colegio, enfrentados en el concejo",
        extra="Fuente: Perú al Día.",
    ),
    C(
        "k218",
        "k064",
        "norte",
        "2026-11-20T14:00:00-05:00",
        "Avenida Los Incas estará cerrada diez días",
        extra="Con información de Radio Alondra 95.3 FM.",
    ),
    C(
        "k219",
        "k108",
        "norte",
        "2026-11-18T16:30:00-05:00",
        "Es falso que se cobre por el agua de las cisternas municipales",
        extra="Fuente: Perú al Día.",
    ),
    C(
        "k220",
        "k054",
        "norte",
        "2026-11-25T13:20:00-05:00",
        "Treinta y dos cuadras de veredas nuevas en Los Pinos",
        extra="Fuente: Correo del Valle.",
    ),
    C(
        "k221",
        "k090",
        "peru",
        "2026-11-26T14:00:00Z",
        "Un mirador que reactivó la economía de un pueblo",
        lead="El mirador del cerro La Alondra, en Pampa Alondra, provincia de Huarancayo, recibió a más de 1,200 visitantes en su primer fin de semana, después de que la Municipalidad Distrital de Pampa Alondra habilitara el acceso peatonal, barandas y un módulo de información.",
    ),
    C(
        "k222",
        "k131",
        "norte",
        "2026-11-22T14:30:00-05:00",
        "Santa Rosa ya tiene horario fijo de recojo",
        extra="Fuente: El Informativo Alondrino.",
    ),
    C(
        "k223",
        "k030",
        "informativo",
        "2026-11-24T15:00:00-05:00",
        "El alcalde gestiona en Lima la carretera a Tinajas",
    ),
]
