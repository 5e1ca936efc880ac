# ruff: noqa: E501
"""Fourth held-out split (issue 16): stories nobody tunes on, the figure quoted to the office.

Written by hand by a new writer, for this purpose only, WITHOUT looking at the pipeline's code
(heraldo/monitoring/**), at the other splits' stories (beyond the format of the first few of heldout2) or at any
report of the pipeline on them. Labels follow the rules of docs/monitoring-evaluation.md and were fixed before the
split was ever run; they must not be changed because of what the pipeline answers. Every name, outlet and place
is invented.

Codes: m = who is named (A alcalde Rigoberto Salcedo Huamaní «el Tigre», G gerenta Lucía Ferrándiz Tapia,
T teniente alcaldesa Carmen Yupanqui Soto, R regidor Óscar Llerena Vilca, S gerente de seguridad Wilber Ñaupari
Cóndor, I the Municipalidad Distrital de Pampa Alondra); t = topics (limpieza seguridad obras tributos salud);
tone toward the municipality (+ 0 -); about = the story concerns the municipality (defaults to "someone of ours is
named"). C() is a syndicated copy of an earlier story: its own headline, sometimes its own lead (lead=) or a credit
line added at the end (extra=).

Mention conventions used here (the doc's rules, applied strictly): "el burgomaestre alondrino", "el alcalde
alondrino", "la primera autoridad de Pampa Alondra" are a title plus the place, so they name the Mayor; a bare "el
alcalde", "el edil", "la comuna", "el municipio" do not. "La gestión de Salcedo" alone is not counted unless the
story also names the Mayor by a listed form. "Municipalidad alondrina" names the institution (the demonym form of
the alias); "la MDPA" does too.
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
        "copies_of": ["k012", "k086"],
        "cut_at": 0.7,
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
    # --- La Voz de Huarancayo: provincial daily, full text in the feed ------------------------------------------------
    S(
        "k001",
        "voz",
        "2026-11-16T07:30:00-05:00",
        "Cerro Colorado deja de recibir la mitad de la basura de Pampa Alondra",
        """Hace un año, los camiones descargaban cada día unas 38 toneladas de desechos en el botadero de Cerro Colorado. Desde octubre llegan 19. La diferencia se queda en la nueva planta de compostaje y en el centro de acopio de reciclables que la Municipalidad Distrital de Pampa Alondra puso en marcha en la antigua chacra municipal de Huayrapampa.

        Allí trabajan 24 recicladoras formalizadas, que antes revolvían el botadero sin guantes ni contrato. «Ahora tengo seguro y sueldo fijo; mis hijos ya no me ven llegar oliendo a quemado», dice Hermelinda Quispe, que lleva quince años en el oficio.

        El alcalde Rigoberto Salcedo Huamaní informó que el compost se usa en los parques del distrito y que el excedente se vende a los agricultores del valle a diez soles el saco. La meta para 2027 es cerrar definitivamente el botadero, que arde desde 2019.""",
        m="I A",
        t="limpieza",
        tone="+",
        note="achievement told through figures and a worker's words; 'basura' implied by 'desechos'",
    ),
    S(
        "k002",
        "voz",
        "2026-11-16T12:40:00-05:00",
        "Contraloría halla pago en exceso de S/ 410 mil en la avenida Los Incas",
        """La Contraloría General de la República detectó un perjuicio económico de 410 mil soles en la pavimentación de la avenida Los Incas, ejecutada por la Municipalidad Distrital de Pampa Alondra entre 2025 y 2026, según el informe de control publicado ayer.

        El documento señala que la entidad pagó al consorcio Vial Andino metrados de asfalto que no fueron colocados y aprobó una ampliación de plazo sin sustento técnico. La adenda fue firmada por la gerenta municipal, Lucía Ferrándiz Tapia.

        La Contraloría recomendó al titular de la entidad iniciar procedimientos sancionadores contra seis servidores y remitió el caso a la Procuraduría. Consultada por este diario, la gerencia municipal indicó que presentará sus descargos «en el plazo de ley».""",
        m="I G",
        t="obras",
        tone="-",
    ),
    S(
        "k003",
        "voz",
        "2026-11-16T17:55:00-05:00",
        "Rigoberto Salcedo, «el Tigre de la Cumbia», agota entradas en el coliseo",
        """El cantante Rigoberto Salcedo, conocido en el norte chico como «el Tigre de la Cumbia», colgó el cartel de entradas agotadas para su concierto del sábado en el coliseo cerrado de Huarancayo, donde celebrará veinte años de carrera.

        El intérprete de «Lágrimas de algarrobo» estará acompañado por su orquesta Los Felinos del Norte y por invitados de Chiclayo y Trujillo. La organización anunció una segunda fecha para el domingo.

        «Empecé cantando en las fiestas patronales de mi pueblo y ahora lleno coliseos; eso no se olvida», dijo el artista en conferencia de prensa.""",
        about=False,
        note="namesake: the cumbia singer with the Mayor's given name, first surname and a 'Tigre' nickname",
    ),
    S(
        "k004",
        "voz",
        "2026-11-17T08:10:00-05:00",
        "Concejo aprueba arbitrios 2027 con siete votos a favor y dos en contra",
        """En sesión ordinaria que se prolongó hasta pasada la medianoche, el concejo de la Municipalidad Distrital de Pampa Alondra aprobó la ordenanza que fija los arbitrios de limpieza, parques y jardines y serenazgo para el año 2027.

        La tasa promedio subirá 6 %, por debajo del 9 % que planteaba el estudio de costos inicial. La teniente alcaldesa Carmen Yupanqui Soto, que presidió la comisión de Economía, explicó que la rebaja se logró retirando del cálculo el costo de dos camionetas que aún no se compran.

        Votaron en contra el regidor Óscar Llerena Vilca y la regidora Felícita Atoche, quienes pidieron sin éxito que la ordenanza se sometiera antes a audiencia pública. La norma será remitida al Servicio de Administración Tributaria provincial para su ratificación.""",
        m="I T R",
        t="tributos",
        tone="0",
        note="council session summary: decision, figures and the opposition's vote, no side taken",
    ),
    S(
        "k005",
        "voz",
        "2026-11-17T13:15:00-05:00",
        "Las cámaras del serenazgo permiten capturar a banda de robacasas",
        """Por primera vez desde que se instalaron, las cámaras de videovigilancia de la Municipalidad Distrital de Pampa Alondra fueron la pieza clave de una captura: la Policía detuvo el lunes a cuatro integrantes de «Los Malditos de El Porvenir», a quienes se atribuye al menos once robos en viviendas.

        Un operador de la central de monitoreo reconoció la mototaxi de la banda y siguió su recorrido por seis cámaras hasta un inmueble del jirón Sucre, donde los agentes hallaron televisores, laptops y joyas.

        «Hicimos el trabajo en conjunto con la comisaría; eso es lo que los vecinos nos pedían», declaró el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor. El comisario, mayor PNP Rolando Ticse, destacó la rapidez con la que la central entregó las imágenes.""",
        m="I S",
        t="seguridad",
        tone="+",
    ),
    S(
        "k006",
        "voz",
        "2026-11-17T19:20:00-05:00",
        "Dengue: confirman 41 casos en Alondra Alta y Santa Inés",
        """La Dirección Regional de Salud confirmó 41 casos de dengue en los distritos de Alondra Alta y Santa Inés, la mayoría en zonas sin agua potable donde las familias almacenan agua en cilindros.

        Brigadas del sector iniciaron la fumigación casa por casa y el recojo de inservibles. En Pampa Alondra, distrito vecino, no se ha registrado ningún caso hasta la fecha, informó el director regional, Hugo Palomino.

        Los síntomas más frecuentes son fiebre alta, dolor detrás de los ojos y dolores musculares. La Diresa pidió no automedicarse y acudir al establecimiento de salud más cercano.""",
        about=False,
        note="health keywords in a story about other districts; the place name only",
    ),
    S(
        "k007",
        "voz",
        "2026-11-18T07:50:00-05:00",
        "Abre el mercado modelo de Pampa Alondra; sesenta comerciantes se quedan fuera",
        """Tras cuatro años de construcción, la Municipalidad Distrital de Pampa Alondra abrió ayer el mercado modelo del jirón Bolognesi, con 214 puestos, cámaras frigoríficas y servicios higiénicos que, por primera vez, no obligan a los comerciantes a pagar un sol por uso.

        Pero en la puerta protestaban unos sesenta vendedores del antiguo mercadillo que no figuran en el padrón de adjudicatarios. «Vendo aquí desde hace veinte años y ahora me dicen que no existo», reclamó Gregoria Sánchez.

        El alcalde Rigoberto Salcedo Huamaní dijo que el padrón se elaboró con la asociación de comerciantes y que se evaluarán los casos uno por uno. La obra costó 9,2 millones de soles.""",
        m="I A",
        t="obras",
        tone="0",
        note="mixed: an opening and an exclusion carry the same weight in headline and body; neutral",
    ),
    S(
        "k008",
        "voz",
        "2026-11-18T12:30:00-05:00",
        "Salcedo Huamaní: «El hospital de Huarancayo es un elefante blanco del Gobierno Regional»",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, cuestionó al Gobierno Regional por mantener paralizado desde 2023 el nuevo hospital de Huarancayo, que atendería a los 90 mil habitantes de los cinco distritos del valle.

        «Nuestros vecinos siguen viajando seis horas a Lima para una tomografía mientras el edificio se cae a pedazos. Es un elefante blanco», afirmó durante la audiencia regional de rendición de cuentas.

        El gerente regional de Infraestructura, Tomás Villar, respondió que el expediente de saldo de obra está en revisión y que la licitación se convocaría en el primer trimestre de 2027.""",
        m="A",
        t="salud",
        tone="0",
        note="our Mayor criticising the regional government: neutral toward us; the story is about a hospital",
    ),
    S(
        "k009",
        "voz",
        "2026-11-18T18:45:00-05:00",
        "Roban cálices y candelabros de la parroquia San Martín de Porres",
        """Desconocidos forzaron la madrugada del martes la puerta lateral de la parroquia San Martín de Porres, en el centro de Pampa Alondra, y se llevaron dos cálices de plata, cuatro candelabros y la alcancía de las limosnas.

        El párroco, Eusebio Cárdenas, descubrió el robo a las seis de la mañana, al llegar para la primera misa. La Policía revisa las cámaras de una farmacia cercana.

        «Los cálices tienen más de cien años; pedimos a quien los tenga que los devuelva, no preguntaremos nada», dijo el sacerdote.""",
        about=False,
        note="a robbery in the district with no municipal angle",
    ),
    S(
        "k010",
        "voz",
        "2026-11-19T07:40:00-05:00",
        "Lucía Ferrándiz: «Vamos a cerrar el año por encima del 80 %»",
        """Con el 61 % de su presupuesto de inversión ejecutado a mediados de noviembre, la Municipalidad Distrital de Pampa Alondra está por debajo del promedio provincial. Conversamos con la gerenta municipal, Lucía Ferrándiz Tapia.

        —¿Por qué el avance es tan bajo a estas alturas?
        —Tuvimos tres licitaciones declaradas desiertas en el primer semestre y eso nos retrasó. Ya están adjudicadas y las valorizaciones se pagan en diciembre.

        —¿Qué proyectos están en riesgo de no terminarse?
        —El estadio y la segunda etapa de pistas en El Porvenir. Los demás están en plazo.

        —¿Qué le dice al vecino que ve calles abiertas desde hace meses?
        —Que tiene razón en estar molesto, y que las vamos a cerrar. Cada obra tiene un residente y un supervisor; si hay retrasos, hay penalidades.""",
        m="I G",
        t="obras",
        tone="0",
        note="Q&A: a low figure and the manager's explanation; neither praise nor a complaint story",
    ),
    S(
        "k011",
        "voz",
        "2026-11-19T12:05:00-05:00",
        "Editorial: La basura no espera",
        """El botadero de Cerro Colorado debía cerrarse en junio. Estamos en noviembre y sigue abierto, sigue ardiendo y sigue recibiendo los desechos de dos distritos. La Municipalidad Distrital de Pampa Alondra, que prometió el cierre como gran hito de su gestión, no ha presentado siquiera el plan de clausura que exige la autoridad ambiental.

        No se trata de negar lo avanzado en reciclaje. Pero una planta de compost no compensa el humo que respiran cada noche las familias de Huayrapampa, ni las multas que el OEFA ya anunció.

        Las promesas ambientales no se cumplen con notas de prensa. Este diario exige a la comuna alondrina un cronograma público y verificable antes de fin de año.""",
        m="I",
        t="limpieza",
        tone="-",
        note="editorial; concedes the recycling achievement but the takeaway is the broken promise",
    ),
    S(
        "k012",
        "voz",
        "2026-11-19T17:30:00-05:00",
        "Recaudación del predial supera por primera vez los cinco millones",
        """La Municipalidad Distrital de Pampa Alondra recaudó hasta el 15 de noviembre 5,3 millones de soles por impuesto predial, la cifra más alta de su historia y 31 % más que en todo 2025.

        La gerenta municipal, Lucía Ferrándiz Tapia, atribuyó el resultado a la actualización del catastro, que incorporó 2 800 predios que nunca habían tributado, y a los módulos de pago instalados en los mercados los fines de semana.

        Con esos recursos, dijo, se financiará el mantenimiento de 40 parques y la compra de dos camiones recolectores. La amnistía de multas tributarias seguirá vigente hasta el 31 de diciembre.""",
        m="I G",
        t="tributos",
        tone="+",
    ),
    S(
        "k013",
        "voz",
        "2026-11-20T07:20:00-05:00",
        "Huaico deja aislado al caserío Pampa Alondra, en Morropón",
        """Un huaico que bajó por la quebrada San Jacinto destruyó el único acceso carrozable al caserío Pampa Alondra, en la provincia piurana de Morropón, y dejó aisladas a unas 80 familias.

        El alcalde distrital de Chalaco, Wenceslao Ramírez, pidió maquinaria al Gobierno Regional de Piura para abrir una trocha provisional. Los pobladores cruzan la quebrada con sogas para llevar a los enfermos.

        Defensa Civil distribuyó víveres y carpas a las familias damnificadas.""",
        about=False,
        note="namesake: the Piura hamlet; another mayor",
    ),
    S(
        "k014",
        "voz",
        "2026-11-20T11:45:00-05:00",
        "Llerena denuncia contratos «a dedo» de serenos con antecedentes",
        """El regidor Óscar Llerena Vilca presentó ante el concejo una relación de nueve serenos contratados este año por la Municipalidad Distrital de Pampa Alondra sin concurso público, dos de los cuales registran denuncias por agresión.

        «Se contrata por recomendación y luego nos sorprendemos de los abusos en la calle», dijo el regidor, que pidió la intervención del órgano de control institucional.

        El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, respondió que los contratos son temporales por la emergencia de fin de año y que ningún sereno tiene sentencia. Admitió, sin embargo, que no se pidió certificado de antecedentes a todos.""",
        m="I R S",
        t="seguridad",
        tone="-",
        note="the opposition's accusation, the manager's answer concedes part of it",
    ),
    S(
        "k015",
        "voz",
        "2026-11-20T18:10:00-05:00",
        "Municipio alondrino descarta privatizar el recojo de residuos",
        """La gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, negó que la comuna vaya a concesionar el servicio de recojo de residuos a una empresa privada, como se difundió en redes sociales durante la semana.

        «No es cierto que se privatice. Lo que existe es un estudio para tercerizar el transporte al relleno provincial, y ni siquiera se ha decidido», precisó.

        El sindicato de obreros municipales había anunciado una paralización para el lunes. Tras la aclaración, sus dirigentes dijeron que esperarán el informe por escrito antes de decidir.""",
        m="I G",
        t="limpieza",
        tone="0",
        note="the municipality denying a rumour: negation, neither good nor bad news",
    ),
    S(
        "k016",
        "voz",
        "2026-11-21T08:00:00-05:00",
        "La anemia infantil baja de 38 % a 21 % en dos años en Pampa Alondra",
        """En 2024, casi cuatro de cada diez niños menores de tres años de Pampa Alondra tenían anemia. Hoy son dos de cada diez, según el tamizaje de octubre realizado por la Red de Salud Huarancayo.

        Detrás de la cifra están 46 promotoras del programa municipal Wawa Sana, que visitan cada semana a las familias con hierro, recetas con sangrecita y balanzas. El programa lo coordina la teniente alcaldesa Carmen Yupanqui Soto y lo financia la Municipalidad Distrital de Pampa Alondra con 380 mil soles al año.

        «Mi Thiago tenía 9,8 de hemoglobina; ahora tiene 11,9 y ya no se duerme en el nido», cuenta su madre, Yessenia Tarazona.""",
        m="I T",
        t="salud",
        tone="+",
        note="achievement told through figures; 'anemia' is a keyword here and the subject",
    ),
    S(
        "k017",
        "voz",
        "2026-11-21T13:00:00-05:00",
        "Ocho meses después, el puente Quillcay sigue siendo un esqueleto de fierros",
        """Los estribos están listos desde marzo. Lo demás, no. El puente vehicular Quillcay, que la Municipalidad Distrital de Pampa Alondra debía entregar en abril, lleva ocho meses paralizado y los escolares de la margen derecha siguen cruzando el río por una pasarela de tablas.

        El contratista abandonó la obra alegando deudas impagas; la municipalidad sostiene que fue al revés y resolvió el contrato en agosto. Desde entonces no hay nadie en el frente.

        El alcalde Rigoberto Salcedo Huamaní aseguró hace un mes que los trabajos se reanudarían «en quince días». Ayer, en el lugar, solo había dos perros y un letrero despintado.""",
        m="I A",
        t="obras",
        tone="-",
        note="criticism through facts and an unkept promise, no evaluative word",
    ),
    S(
        "k018",
        "voz",
        "2026-11-21T19:00:00-05:00",
        "Carmen Yupanqui Ríos, la alondrina que manda en la red de la selección",
        """A sus 22 años, la armadora Carmen Yupanqui Ríos es la capitana de la selección peruana de vóley que disputa desde el lunes el Sudamericano de Lima. Nacida en Pampa Alondra, empezó a jugar en la losa del colegio Túpac Amaru con una pelota de plástico.

        «Mi mamá vendía emoliente y yo la ayudaba antes de entrenar. Todo lo que tengo se lo debo a ella», dice Yupanqui, que juega en un club de Turquía desde 2025.

        El Perú debuta ante Colombia y buscará el boleto al Mundial.""",
        about=False,
        note="namesake: the volleyball player; the place as her birthplace only",
    ),
    S(
        "k019",
        "voz",
        "2026-11-22T09:10:00-05:00",
        "Plan navideño: 120 serenos y dos turnos extra en el centro comercial",
        """El gerente de Seguridad Ciudadana de la comuna alondrina, Wilber Ñaupari Cóndor, presentó el plan de seguridad para las fiestas de fin de año, que se aplicará del 1 de diciembre al 6 de enero.

        El plan prevé 120 serenos en tres turnos, dos turnos adicionales de patrullaje en el jirón Comercio y el mercado modelo, y puestos de auxilio en los paraderos de combis hacia Huarancayo.

        Ñaupari pidió a los comerciantes no dejar mercadería en la vía pública después de las diez de la noche y recordó que la central de emergencias atiende en el 044-612300.""",
        m="I S",
        t="seguridad",
        tone="0",
        note="an announcement; plan, no results",
    ),
    S(
        "k020",
        "voz",
        "2026-11-22T15:30:00-05:00",
        "Crónica: una noche con los serenos de Pampa Alondra",
        """A las once de la noche la central de monitoreo del serenazgo de Pampa Alondra tiene veintiséis pantallas encendidas y solo once funcionan. Las otras muestran una nieve gris. «Se quemaron con la subida de tensión de agosto», explica el operador de turno, que prefiere no dar su nombre.

        Afuera espera la única camioneta operativa. Las otras dos están en el taller desde setiembre. El sereno Julián Ayala, 19 años de servicio, maneja con una linterna entre las rodillas porque la circulina no prende. En cinco horas atendemos un pleito de vecinos, un borracho dormido en la pista y una alarma falsa. La llamada por un robo en Los Pinos llega cuando estamos al otro extremo del distrito: tardamos 35 minutos.

        «Hacemos lo que podemos con lo que hay», dice Ayala. El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, confirma que pidió dos camionetas en el presupuesto de 2027. Hasta entonces, las noches de Pampa Alondra las cuida una sola.""",
        m="S",
        t="seguridad",
        tone="-",
        note="chronicle; the effort of the serenos is shown but the takeaway is the shortage",
    ),
    S(
        "k021",
        "voz",
        "2026-11-23T08:20:00-05:00",
        "Vecinos de El Porvenir reciben doble cobro de arbitrios",
        """Al menos 300 contribuyentes del sector El Porvenir recibieron este mes dos recibos de arbitrios por el mismo trimestre, uno de ellos con recargo por mora, denunciaron dirigentes vecinales ante la Municipalidad Distrital de Pampa Alondra.

        «Pagué en julio y tengo mi voucher, pero ahora me dicen que debo 184 soles más intereses», contó el jubilado Apolinario Reyes, que hizo tres horas de cola para reclamar.

        La Gerencia de Administración Tributaria atribuyó el error a la migración del sistema informático y dijo que los recibos duplicados se anularán de oficio. No precisó en qué plazo.""",
        m="I",
        t="tributos",
        tone="-",
    ),
    S(
        "k022",
        "voz",
        "2026-11-23T14:00:00-05:00",
        "Provincia anuncia relleno sanitario para ocho distritos en 2028",
        """El alcalde provincial de Huarancayo, Julio Cahuana Rojas, anunció que el relleno sanitario provincial de Quebrada Honda empezará a construirse en abril y recibirá desde 2028 los residuos sólidos de ocho distritos, entre ellos Pampa Alondra y Alondra Alta.

        El burgomaestre provincial explicó que la obra costará 48 millones de soles, financiados por el Ministerio del Ambiente, y que reemplazará a los cinco botaderos a cielo abierto de la provincia.

        Los comuneros de Quebrada Honda exigieron una consulta previa y un fondo de compensación. Cahuana dijo que el diálogo está abierto.""",
        about=False,
        note="the provincial mayor ('el burgomaestre provincial') and waste keywords; the district only in a list",
    ),
    S(
        "k023",
        "voz",
        "2026-11-23T19:30:00-05:00",
        "JNE declara improcedente pedido de vacancia contra el burgomaestre alondrino",
        """El pleno del Jurado Nacional de Elecciones declaró improcedente el pedido de vacancia presentado contra el alcalde de Pampa Alondra por supuesto nepotismo, al no encontrar pruebas de que interviniera en la contratación de un sobrino político en la planta de compostaje.

        El solicitante, el exregidor Marcos Apaza, había sostenido que el trabajador era pariente en cuarto grado del burgomaestre alondrino. El JNE concluyó que el parentesco no está acreditado y que el contrato fue firmado por un órgano de línea.

        En su cuenta de Facebook, la primera autoridad del distrito agradeció «a la justicia electoral» y dijo que seguirá «trabajando sin distraerse».""",
        m="A",
        tone="+",
        note="the Mayor named only by title plus place ('alcalde de Pampa Alondra', 'burgomaestre alondrino'); a dismissed vacancy request is good news for him",
    ),
    S(
        "k024",
        "voz",
        "2026-11-24T07:45:00-05:00",
        "Policlínico municipal lleva tres semanas sin paracetamol ni amoxicilina",
        """Los pacientes del policlínico de la Municipalidad Distrital de Pampa Alondra salen con la receta en la mano. Desde hace tres semanas la farmacia no tiene paracetamol, amoxicilina, metformina ni sales de rehidratación, confirmaron trabajadores del establecimiento.

        «Me cobraron la consulta y luego me mandaron a comprar todo a la botica de enfrente: setenta soles», relató Faustina Guzmán, que llevó a su nieta con diarrea.

        La administración del policlínico explicó que la compra anual quedó observada por el área de logística. Mientras tanto, el letrero de la ventanilla dice «No hay».""",
        m="I",
        t="salud",
        tone="-",
        note="complaint told through facts and a patient's words",
    ),
    S(
        "k025",
        "voz",
        "2026-11-24T12:15:00-05:00",
        "Alumnos del Micaela Bastidas dejan las aulas de esteras",
        """Durante once años, los 230 alumnos de primaria del colegio Micaela Bastidas estudiaron en aulas de esteras y calamina que en verano superaban los 35 grados. Desde ayer ocupan un pabellón de dos pisos con ocho salones, servicios higiénicos y una rampa, levantado por la Municipalidad de Pampa Alondra en siete meses.

        La edificación, de concreto armado y con ventanas amplias, costó 2,1 millones de soles. «Ahora mis alumnos no se desmayan del calor», dijo la profesora Nélida Chumpitaz.

        La directora, Rosa Cajahuaringa, recordó que el terreno fue cedido por la comunidad y que los padres de familia aportaron la mano de obra no calificada de los cimientos.""",
        m="I",
        t="obras",
        tone="+",
        note="topic by synonym: a school building, no works keyword except in 'mano de obra'",
    ),
    S(
        "k026",
        "voz",
        "2026-11-24T18:40:00-05:00",
        "Proponen transmitir en vivo las sesiones del concejo alondrino",
        """El regidor Óscar Llerena Vilca presentó una moción para que las sesiones del concejo de la Municipalidad Distrital de Pampa Alondra se transmitan en vivo por las redes sociales de la institución y se publiquen las actas en un plazo de cinco días.

        La moción será debatida en la sesión del 2 de diciembre. En la provincia, solo la municipalidad de Santa Inés transmite sus sesiones.""",
        m="I R",
        tone="0",
        note="short brief; a motion, no side taken",
    ),
    S(
        "k027",
        "voz",
        "2026-11-25T08:30:00-05:00",
        "Recojo nocturno llega a catorce calles más",
        """Desde el lunes, los camiones compactadores de la Municipalidad Distrital de Pampa Alondra recogen la basura de noche en catorce calles del centro que antes solo tenían servicio interdiario. En la primera semana no se reportó ningún punto crítico en el jirón Comercio, donde los fines de semana se acumulaban bolsas hasta la pista.""",
        m="I",
        t="limpieza",
        tone="+",
        note="brief; negation as good news ('ningún punto crítico')",
    ),
    S(
        "k028",
        "voz",
        "2026-11-25T13:10:00-05:00",
        "Asaltan a cambistas en pleno centro de Huarancayo",
        """Dos delincuentes armados asaltaron ayer a tres cambistas en la esquina de los jirones Lima y Junín, en el centro de Huarancayo, y huyeron con unos 20 mil dólares en una motocicleta sin placa.

        La Policía Nacional montó un operativo en las salidas de la ciudad. Los cambistas denunciaron que es el cuarto robo en el año en la misma cuadra y pidieron más patrullaje al serenazgo provincial.""",
        about=False,
        note="robbery and patrols in another town; the provincial serenazgo",
    ),
    S(
        "k029",
        "voz",
        "2026-11-25T18:00:00-05:00",
        "Pampa Alondra celebra 62 años con el corso más concurrido que se recuerde",
        """Más de quince mil personas, según el cálculo de la Policía, llenaron la avenida Los Incas para el corso por los 62 años de creación política del distrito, organizado por la Municipalidad Distrital de Pampa Alondra. Desfilaron 48 carros alegóricos y 30 comparsas, y no se reportó un solo incidente.

        «El mejor aniversario que recuerdo, y eso que tengo 80 años», decía don Saturnino Aguilar desde una silla plegable en primera fila.

        El alcalde Rigoberto Salcedo Huamaní encabezó el desfile junto a la reina del aniversario y anunció que el próximo año el corso incluirá a los colegios de los centros poblados.""",
        m="I A",
        tone="+",
        note="event told through attendance, no incidents and a resident's praise",
    ),
    # --- Correo del Valle: regional paper, teasers in RSS, 2009 table template ---------------------------------------
    S(
        "k030",
        "correo",
        "2026-11-16T09:00:00-05:00",
        "¡Tres meses sin recojo en Alto Progreso!",
        """Noventa días. Ese es el tiempo que los vecinos del asentamiento humano Alto Progreso, en la parte alta de Pampa Alondra, llevan sin ver pasar un camión de basura. Los desechos se queman en las quebradas o se tiran al canal de regadío.

        «Hemos ido cuatro veces a la Municipalidad de Pampa Alondra con oficios y firmas. Nos dicen que la pista no aguanta el peso del compactador», contó la dirigente Marleni Chuquispuma.

        En el canal, que riega las chacras de camote de la parte baja, flotan botellas, pañales y restos de comida. Los agricultores ya anunciaron que denunciarán a la comuna ante la Fiscalía Ambiental si no se limpia antes de fin de mes.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "k031",
        "correo",
        "2026-11-16T15:00:00-05:00",
        "Tigre Salcedo anuncia reordenamiento de mototaxis",
        """El alcalde Rigoberto «Tigre» Salcedo anunció que en enero entrará en vigencia una ordenanza que limitará a 1 200 el número de mototaxis autorizadas en Pampa Alondra y creará 18 paraderos fijos.

        Según el burgomaestre, hoy circulan más de 2 500 unidades, la mitad sin permiso. Las asociaciones de mototaxistas pidieron una mesa de diálogo antes de la aprobación.

        La ordenanza será debatida en la próxima sesión de concejo.""",
        m="A",
        tone="0",
        note="the nickname form; an announcement",
    ),
    S(
        "k032",
        "correo",
        "2026-11-17T10:00:00-05:00",
        "Serenos hallan a niña perdida en la feria de Santa Rosa",
        """Una niña de cuatro años que se separó de su madre en la feria dominical de Santa Rosa fue encontrada por dos serenos de la MDPA cuarenta minutos después, a seis cuadras del lugar, llorando junto a un puesto de frutas.

        La central de monitoreo difundió la descripción de la menor por radio a todas las unidades. «Pensé lo peor. Les debo la vida de mi hija», dijo la madre, Sheyla Orihuela, entre lágrimas.

        Los serenos Edwin Palacios y Rut Mallqui fueron felicitados por la gerencia.""",
        m="I",
        t="seguridad",
        tone="+",
        note="institution named only as MDPA",
    ),
    S(
        "k033",
        "correo",
        "2026-11-17T16:30:00-05:00",
        "Fiscalía investiga a la burgomaestra de Santa Inés por nepotismo",
        """La Fiscalía Anticorrupción de Huarancayo abrió investigación preliminar contra la alcaldesa de Santa Inés, Dorila Mucha Ventura, por la contratación de tres familiares en la municipalidad de ese distrito.

        Según la denuncia, una cuñada y dos sobrinos de la burgomaestra trabajan en las áreas de Logística y Rentas. Mucha Ventura calificó la investigación de «persecución política».""",
        about=False,
        note="another district's mayoress and municipality",
    ),
    S(
        "k034",
        "correo",
        "2026-11-18T09:30:00-05:00",
        "¿Se va la gerenta? Comuna alondrina dice que no",
        """Durante el fin de semana circuló en grupos de WhatsApp un supuesto oficio de renuncia de la gerenta municipal Lucía Ferrándiz Tapia, con sello y firma. La comuna alondrina lo calificó ayer de falso.

        «El documento tiene un número de registro que no existe y una firma escaneada de otro trámite», explicó el área de imagen institucional, que anunció una denuncia por falsificación.

        Ferrándiz, por su parte, se limitó a publicar una foto en su despacho con el mensaje «Aquí seguimos».""",
        m="I G",
        tone="0",
        note="a denial of a rumour, nothing good or bad about the management",
    ),
    S(
        "k035",
        "correo",
        "2026-11-18T14:00:00-05:00",
        "¡Qué velocidad! Catorce meses para cambiar un foco",
        """Hay que reconocerle al municipio alondrino una virtud: la paciencia. En agosto del año pasado, los vecinos del pasaje Las Begonias pidieron cambiar el único poste de luz de la cuadra, apagado desde un choque. Catorce meses, seis oficios y una procesión a oscuras después, el foco volvió a prender el lunes.

        «Ya ni nos acordábamos de que habíamos pedido», ironizó la vecina Julia Arroyo, que durante ese tiempo alumbró la puerta con un foco conectado a su propio medidor.

        Desde la municipalidad, un funcionario explicó que el pedido «se traspapeló». Todo un récord de eficiencia.""",
        m="I",
        tone="-",
        note="sarcasm: praise words ('virtud', 'récord de eficiencia') meaning the opposite; street lighting is none of the five topics",
    ),
    S(
        "k036",
        "correo",
        "2026-11-19T08:45:00-05:00",
        "Fumigan tres mil casas y Pampa Alondra sigue sin dengue",
        """Mientras sus vecinos Alondra Alta y Santa Inés suman más de cuarenta casos, Pampa Alondra no tiene un solo contagio. Desde octubre, brigadas de la Municipalidad Distrital de Pampa Alondra y del centro de salud fumigaron 3 140 viviendas y recogieron 26 toneladas de llantas, botellas y cilindros.

        «Vinieron dos veces a mi casa, me revisaron hasta los floreros», contó Dina Vílchez, del barrio Las Palmeras.

        La jornada continuará en los centros poblados hasta el 15 de diciembre.""",
        m="I",
        t="salud",
        tone="+",
        note="prevention result told through a comparison and a negation ('ni un solo contagio')",
    ),
    S(
        "k037",
        "correo",
        "2026-11-19T13:00:00-05:00",
        "Caen «Los Tigres del Valle», banda dedicada al robo de cables",
        """Agentes de la División de Investigación Criminal de Huarancayo capturaron a cinco integrantes de la banda «Los Tigres del Valle», dedicada al robo de cables de cobre del tendido eléctrico en la provincia.

        En una vivienda de Alondra Alta se hallaron 800 metros de cable y herramientas de corte. Según la Policía, la banda vendía el cobre a chatarreros de Lima.""",
        about=False,
        note="'Tigres' as a gang's name; robbery keyword; a police operation with no municipal angle",
    ),
    S(
        "k038",
        "correo",
        "2026-11-20T09:15:00-05:00",
        "Tubos rotos a los dos meses: vecinos de Tinajas denuncian mala obra de agua",
        """Apenas dos meses después de inaugurada, la red de agua potable del centro poblado Tinajas presenta fugas en al menos nueve puntos, denunciaron los usuarios, que muestran tubos partidos y uniones selladas con jebe de cámara.

        La obra fue ejecutada por la Municipalidad Distrital de Pampa Alondra con un presupuesto de 1,7 millones de soles. «Nos inauguraron con banda de música y ahora estamos peor que antes, porque antes al menos teníamos el pozo», dijo el presidente de la JASS, Teófilo Rímac.

        Los vecinos pidieron la intervención de la Contraloría.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "k039",
        "correo",
        "2026-11-20T17:00:00-05:00",
        "Abuelitos de San Isidro ya tienen dónde almorzar",
        """Sesenta adultos mayores del barrio San Isidro almuerzan desde el lunes en el nuevo comedor del centro del adulto mayor, implementado por la Municipalidad Distrital de Pampa Alondra con cocina industrial, mesas y un huerto.

        La teniente alcaldesa Carmen Yupanqui Soto, que impulsó el proyecto, sirvió los primeros platos. «Aquí comemos calientito y conversamos; en casa pasaba el día sola», dijo doña Aurelia Tasayco, de 84 años.""",
        m="I T",
        tone="+",
        note="a social programme, none of the five topics",
    ),
    S(
        "k040",
        "correo",
        "2026-11-21T10:20:00-05:00",
        "Llerena: «Esta gestión vive de la foto y la cinta»",
        """El regidor de oposición Óscar Llerena Vilca no se guarda nada. En conversación con Correo del Valle, acusó a la gestión del alcalde Rigoberto Salcedo Huamaní de «inaugurar obras a medias para la foto» y de ocultar información al concejo.

        —¿Qué obra está a medias?
        —El mercado modelo sin agua en la zona de carnes, el puente Quillcay abandonado, las aulas de Tinajas sin carpetas. Todo con cinta y banda.

        —La municipalidad dice que usted se opone a todo.
        —Voté a favor de nueve de cada diez ordenanzas. Me opongo a lo que no tiene sustento.

        —¿Postulará a la alcaldía?
        —No es momento de hablar de eso.""",
        m="A R",
        t="obras",
        tone="-",
        note="the opposition's interview; criticism of the management; no institution alias",
    ),
    S(
        "k041",
        "correo",
        "2026-11-21T15:40:00-05:00",
        "Último plazo para pagar el predial con descuento",
        """Los contribuyentes de Pampa Alondra tienen hasta el 30 de noviembre para pagar el impuesto predial y los arbitrios del último trimestre con el 10 % de descuento por pronto pago, recordó la Municipalidad Distrital de Pampa Alondra. Las cajas del palacio municipal atenderán también el sábado y el domingo de 8 a 14 horas.""",
        m="I",
        t="tributos",
        tone="0",
        note="brief; a reminder",
    ),
    S(
        "k042",
        "correo",
        "2026-11-22T11:00:00-05:00",
        "Mototaxista atropella a escolar en Alondra Alta",
        """Un escolar de 11 años resultó con fractura de pierna tras ser atropellado por un mototaxista que huyó del lugar, en el jirón Progreso de Alondra Alta. Vecinos anotaron la placa y la entregaron a la comisaría del sector.

        El alcalde de Alondra Alta, Ernesto Salcedo Paredes, visitó al menor en el hospital y anunció que se reforzará la fiscalización de mototaxis.""",
        about=False,
        note="namesake: the Mayor of Alondra Alta ('Salcedo Paredes')",
    ),
    S(
        "k043",
        "correo",
        "2026-11-23T09:40:00-05:00",
        "Ñaupari reconoce: «No tenemos serenos suficientes»",
        """«Con 90 serenos para 70 mil habitantes no podemos estar en todas partes». Así de directo fue el gerente de Seguridad Ciudadana de la Municipalidad de Pampa Alondra, Wilber Ñaupari Cóndor, ante la junta vecinal de Los Pinos, que le reclamó por la ola de robos en el sector.

        El funcionario admitió que la mitad de las cámaras no funciona y que el patrullaje nocturno se hace con una sola camioneta. Los vecinos se retiraron de la reunión anunciando que organizarán rondas propias.""",
        m="I S",
        t="seguridad",
        tone="-",
        note="the manager's own admission of shortfalls",
    ),
    S(
        "k044",
        "correo",
        "2026-11-24T08:30:00-05:00",
        "Pampa Alondra, primer lugar de la región en segregación de residuos",
        """El Ministerio del Ambiente ubicó a la Municipalidad Distrital de Pampa Alondra en el primer lugar regional del cumplimiento de la meta de segregación en la fuente: el 64 % de las viviendas separa sus residuos orgánicos e inorgánicos, frente a un promedio regional de 22 %.

        El reconocimiento viene con un bono de 420 mil soles del Programa de Incentivos. La teniente alcaldesa Carmen Yupanqui Soto lo recibió en Lima en nombre del distrito.""",
        m="I T",
        t="limpieza",
        tone="+",
    ),
    S(
        "k045",
        "correo",
        "2026-11-24T16:15:00-05:00",
        "Captan a compactador municipal botando basura al río Chillahuay",
        """Un video grabado por un agricultor muestra a un camión compactador con el logo de la Municipalidad Distrital de Pampa Alondra descargando desechos en la ribera del río Chillahuay, a la altura del puente Tinajas, el domingo por la tarde.

        La Autoridad Local del Agua anunció una inspección y una posible multa. La municipalidad no respondió a las consultas de este diario.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "k046",
        "correo",
        "2026-11-25T10:00:00-05:00",
        "Licitan pistas y veredas para El Porvenir",
        """El municipio alondrino convocó la licitación para la segunda etapa de pistas y veredas del sector El Porvenir, con un valor referencial de 4,6 millones de soles y un plazo de ejecución de 180 días. Las propuestas se recibirán hasta el 22 de diciembre.""",
        m="I",
        t="obras",
        tone="0",
        note="brief; a call for tenders",
    ),
    # --- Radio Alondra 95.3 FM: newscast transcripts in the description, date-only pubDate ------------------------------
    S(
        "k047",
        "radio",
        "2026-11-16",
        "Vecinos de Los Álamos felices con su nueva losa",
        """Buenos días, buenos días, amigos de Radio Alondra. Les cuento que ayer domingo estuvimos en el barrio Los Álamos, compañeros, y qué alegría, qué alegría de la gente. La losa deportiva que tanto pedían ya está lista, con sus arcos, con su tablero de básquet, con su iluminación.

        La señora Francisca nos decía: «Por fin los chicos tienen dónde jugar y no andan en la esquina». Así nomás, con esas palabras. Y como le decíamos, la losa la hizo el municipio alondrino en tres meses, con presupuesto participativo.

        El alcalde Rigoberto Salcedo estuvo en la entrega y jugó el primer partido con los dirigentes. Perdió, compañeros, perdió tres a uno, pero se fue aplaudido.""",
        m="I A",
        t="obras",
        tone="+",
        note="spoken register; the Mayor by given name and first surname",
    ),
    S(
        "k048",
        "radio",
        "2026-11-16",
        "Nueva Alondra sigue sin agua: el alcalde le exige a Sedahuar",
        """Amigos, en Nueva Alondra van cuatro días sin agua, cuatro días. La empresa Sedahuar dice que es por la rotura de una matriz en la carretera, pero los vecinos no le creen, porque esto ya pasó en setiembre y en octubre.

        Sobre el tema conversamos con el alcalde Salcedo Huamaní, quien nos dijo que ha mandado un oficio a Sedahuar y a la Sunass. «La empresa cobra puntual y no da el servicio; que mande cisternas hoy mismo», así nos dijo.

        Sedahuar, hasta el cierre, no contestó nuestras llamadas. Seguiremos informando, compañeros.""",
        m="A",
        tone="0",
        note="the Mayor criticising the water company: criticism of another body, neutral toward us",
    ),
    S(
        "k049",
        "radio",
        "2026-11-17",
        "Este sábado, vacunación antirrábica gratuita",
        """Atención, atención vecinos: este sábado de ocho a una, en el parque principal, habrá vacunación antirrábica gratuita para perros y gatos. La organiza la Municipalidad de Pampa Alondra con el centro de salud. Lleven a sus mascotas con correa y, si tienen, su carnet. Repetimos: sábado, parque principal, de ocho a una.""",
        m="I",
        t="salud",
        tone="0",
        note="radio announcement; vaccination of pets is a health campaign",
    ),
    S(
        "k050",
        "radio",
        "2026-11-17",
        "Otra vez desmonte en la Túpac Amaru",
        """Compañeros, otra vez, otra vez el desmonte en la avenida Túpac Amaru, a la altura del grifo. Ya son como diez volquetadas de tierra, ladrillos, colchones viejos, de todo. Los vecinos nos llaman desde temprano.

        Y nosotros le preguntamos a la comuna alondrina: ¿hasta cuándo? Porque en agosto lo limpiaron, pero nunca pusieron el cartel, nunca pusieron vigilancia, y los volquetes vuelven de noche.

        Como le decíamos, la vecina Rosaura nos dice que ya salen ratas. Ojalá alguien de la municipalidad esté escuchando.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "k051",
        "radio",
        "2026-11-18",
        "Entrevista: el gerente Ñaupari en cabina",
        """—Tenemos en cabina al gerente de Seguridad Ciudadana, Wilber Ñaupari. Buenos días, gerente.
        —Buenos días, buenos días a todos los oyentes.

        —Gerente, la gente pregunta: ¿ha bajado o no ha bajado la delincuencia?
        —Ha bajado. Las denuncias por robo en la comisaría bajaron 18 % entre enero y octubre comparado con el año pasado. Y los asaltos en paraderos, que eran lo más grave, casi han desaparecido desde que pusimos los puestos de auxilio.

        —¿Y las cámaras?
        —Hoy tenemos 42 operativas. Ya no dependemos solo del patrullaje, compañero.

        —Gracias, gerente.
        —A ustedes.""",
        m="S",
        t="seguridad",
        tone="+",
        note="Q&A on air; the manager's figures of a drop in robberies",
    ),
    S(
        "k052",
        "radio",
        "2026-11-18",
        "¡Golazo de Salcedo! Deportivo Alondra gana el clásico",
        """¡Qué partidazo, amigos! El Deportivo Alondra le ganó dos a uno al Atlético Santa Inés en el clásico del valle, con un golazo de tiro libre de Kevin Salcedo en el minuto 88. ¡Golazo, golazo de Salcedo! El estadio reventó. Con este resultado, el Deportivo queda primero en la Copa Perú distrital.""",
        about=False,
        note="namesake: a footballer called Salcedo; sports",
    ),
    S(
        "k053",
        "radio",
        "2026-11-19",
        "Módulos de pago de tributos en los mercados",
        """Amigos, para que no hagan cola en el palacio municipal: desde esta semana la municipalidad pone módulos en el mercado modelo y en el mercado de Santa Rosa para pagar el predial y los arbitrios, sábados y domingos. También pueden pedir su estado de cuenta ahí mismo. Nos informó la gerenta municipal, Lucía Ferrándiz.""",
        m="G",
        t="tributos",
        tone="0",
        note="service notice; the manager by given name and first surname; 'la municipalidad' alone is not the institution",
    ),
    S(
        "k054",
        "radio",
        "2026-11-19",
        "Tinajas bloquea la carretera: exigen el puente",
        """Compañeros, en este momento la carretera a Huarancayo está bloqueada a la altura de Tinajas. Los pobladores, unos doscientos, han puesto piedras y troncos y dicen que no se van hasta que venga el alcalde.

        El reclamo es el puente, compañeros, el puente que la Municipalidad de Pampa Alondra prometió para este año y que no tiene ni la primera piedra. «Cada invierno se nos lleva la pasarela y los chicos no van al colegio», nos dijo el teniente gobernador.

        Hay combis varadas a los dos lados. Seguimos en contacto.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "k055",
        "radio",
        "2026-11-20",
        "Vecina denuncia maltrato en la caja de rentas",
        """Nos escribe la señora Victoria Huamán, de 72 años. Nos dice que fue a pagar sus arbitrios a la Municipalidad Distrital de Pampa Alondra y que la cajera le gritó porque no tenía sencillo. «Me trató como si le estuviera pidiendo limosna», nos dice.

        Y no es la primera queja, compañeros, no es la primera. La semana pasada un señor nos contó algo parecido. Ojalá la gerencia de rentas tome nota, porque los adultos mayores merecen respeto.""",
        m="I",
        t="tributos",
        tone="-",
        note="listener's complaint about the tax office",
    ),
    S(
        "k056",
        "radio",
        "2026-11-20",
        "El Tigre en cabina: el alcalde responde a los oyentes",
        """Amigos, esta mañana tuvimos en cabina al alcalde Rigoberto Salcedo Huamaní, el Tigre, como le dicen, y abrimos los teléfonos. Llamaron de todo el distrito.

        Don Epifanio, de Alto Progreso, le reclamó por la basura. El alcalde le dijo que la próxima semana entra un camión pequeño que sí sube por su calle. La señora Irma, de Los Pinos, le agradeció por el parque. Un joven de Tinajas le preguntó por el puente y el alcalde dijo que la licitación sale en diciembre.

        Y así, compañeros, hora y media de preguntas. Algunos contentos, otros no tanto. El alcalde prometió volver el mes que viene.""",
        m="A",
        t="limpieza obras",
        tone="0",
        note="call-in programme: complaints and thanks balanced; the topics the callers raised",
    ),
    S(
        "k057",
        "radio",
        "2026-11-21",
        "Cierre de calles por la procesión",
        """Un aviso de la Municipalidad Distrital de Pampa Alondra: este domingo, desde las tres de la tarde, estarán cerradas las calles Grau, Comercio y Bolognesi por la procesión del Señor de la Exaltación. Las combis a Huarancayo saldrán desde el óvalo.""",
        m="I",
        tone="0",
        note="brief notice",
    ),
    S(
        "k058",
        "radio",
        "2026-11-21",
        "La posta de Villa Esperanza ya atiende de noche",
        """Buenas noticias, compañeros, buenas noticias para Villa Esperanza. Desde el lunes la posta médica atiende las 24 horas. Antes cerraba a las siete de la noche y si alguien se enfermaba tenía que bajar a Huarancayo en mototaxi.

        Esto se ha logrado porque el municipio alondrino paga el sueldo de un médico y una enfermera para el turno de noche, con un convenio con la Red de Salud. «Anoche atendieron a mi esposo con cólico y no tuvimos que salir del barrio», nos contó la señora Hilda.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "k059",
        "radio",
        "2026-11-22",
        "Jauría de perros ataca a escolares en Las Palmeras",
        """Compañeros, preocupación en Las Palmeras. Una jauría de perros callejeros atacó a dos escolares a la salida del colegio. Uno de ellos, de nueve años, tiene mordeduras en la pierna.

        Los padres dicen que ya pidieron a la comuna alondrina que recoja a los perros hace dos meses y nadie ha venido. «Nadie nos hace caso, ¿esperan que maten a un niño?», nos dijo un padre de familia.""",
        m="I",
        tone="-",
        note="complaint of inaction; stray dogs are none of the five topics",
    ),
    S(
        "k060",
        "radio",
        "2026-11-22",
        "En Alondra Alta, el alcalde Salcedo inaugura estadio",
        """Amigos, en el distrito vecino de Alondra Alta el alcalde Ernesto Salcedo Paredes inauguró el estadio municipal con capacidad para tres mil personas. El alcalde Salcedo dijo que ahí jugará la liga distrital desde enero. Felicitamos a los hermanos de Alondra Alta.""",
        about=False,
        note="namesake: 'el alcalde Salcedo' of Alondra Alta",
    ),
    S(
        "k061",
        "radio",
        "2026-11-23",
        "Carmen Yupanqui encabeza limpieza del río con doscientos voluntarios",
        """Compañeros, ayer sábado doscientos voluntarios, escolares, scouts, vecinos, limpiaron dos kilómetros de la ribera del río Chillahuay. La jornada la encabezó la teniente alcaldesa Carmen Yupanqui, con botas y guantes, como todos.

        Se sacaron once toneladas de basura, once toneladas. Los camiones de la Municipalidad de Pampa Alondra se llevaron todo al centro de acopio. Como le decíamos, qué bonito ver a los chicos trabajando por su río.""",
        m="I T",
        t="limpieza",
        tone="+",
    ),
    S(
        "k062",
        "radio",
        "2026-11-23",
        "Serenazgo sin gasolina: las camionetas paradas",
        """Compañeros, nos llega la denuncia de los propios serenos: desde el jueves las camionetas del serenazgo de Pampa Alondra no salen a patrullar porque no hay vale de combustible. Los serenos hacen el turno a pie. Un sereno que nos pidió no dar su nombre nos dijo: «Nos mandan a caminar con un silbato». En la municipalidad nadie quiso dar declaraciones.""",
        t="seguridad",
        tone="-",
        about=True,
        note="about the municipal service with only the place named and no one of ours",
    ),
    S(
        "k063",
        "radio",
        "2026-11-24",
        "Chispazos en el concejo: Llerena y Yupanqui",
        """Amigos, ayer en la sesión de concejo hubo chispazos. El regidor Óscar Llerena pidió que se lea el informe de la Contraloría sobre la avenida Los Incas y la teniente alcaldesa Carmen Yupanqui le dijo que ese punto no estaba en agenda. Se levantó la voz, compañeros.

        Al final se acordó que el informe se verá en una sesión extraordinaria el 3 de diciembre. También se aprobó la donación de un terreno para el cuerpo de bomberos.""",
        m="R T",
        tone="0",
        note="council exchange; procedural outcome",
    ),
    S(
        "k064",
        "radio",
        "2026-11-24",
        "Descuento del 20 % en arbitrios para jubilados",
        """Un dato para los jubilados: la Municipalidad Distrital de Pampa Alondra aplica un descuento del 20 % en los arbitrios de 2026 a los pensionistas que tengan un solo predio. Solo hay que presentar la boleta de pago de la pensión y el DNI en la plataforma de rentas.""",
        m="I",
        t="tributos",
        tone="0",
        note="brief; a service notice",
    ),
    S(
        "k065",
        "radio",
        "2026-11-25",
        "El alcalde hace su balance: pistas, limpieza y parques",
        """Compañeros, el alcalde de Pampa Alondra hizo ayer su balance del año en la plaza de armas. Nos dijo que se han asfaltado 38 cuadras, que se recoge la basura en todo el distrito menos en dos asentamientos, y que se han recuperado doce parques.

        La gente aplaudió, compañeros, sobre todo cuando anunció que la segunda etapa de pistas de El Porvenir empieza en febrero. Como le decíamos ayer, se nota el cambio en el centro.""",
        m="A",
        t="obras limpieza",
        tone="+",
        note="the Mayor named only as 'el alcalde de Pampa Alondra'; radio's own praise",
    ),
    S(
        "k066",
        "radio",
        "2026-11-25",
        "La calle Grau ya tiene alumbrado",
        """Nos llama don Marcelino, de la calle Grau, para agradecer: «Díganle al municipio alondrino que gracias, después de años ya tenemos postes y luz». Así es, amigos, la municipalidad instaló doce postes con luminarias led en toda la cuadra. Ahora las señoras ya pueden salir de noche a la tienda.""",
        m="I",
        tone="+",
        note="a listener's thanks; street lighting is none of the five topics",
    ),
    # --- Huarancayo TV Canal 7: transcripts in Atom, UTC times around Lima's midnight ----------------------------------
    S(
        "k067",
        "tv",
        "2026-11-17T03:30:00Z",
        "Asaltan pollería y el serenazgo tarda cuarenta minutos",
        """CONDUCTORA: Noche de terror en Pampa Alondra. Tres sujetos armados asaltaron una pollería llena de clientes en la avenida Los Incas. Los vecinos llamaron al serenazgo y, según denuncian, la ayuda tardó cuarenta minutos. Nuestra reportera, Milagros Poma.

        REPORTERA: Eran las nueve y media. Los delincuentes entraron, encañonaron al cajero y despojaron de celulares a las doce personas que cenaban. «Llamé tres veces a la central; me decían que ya iban», cuenta el dueño, Félix Huaranga. El patrullero de la policía llegó primero. El del serenazgo, cuarenta minutos después.

        REPORTERA: Consultado por Canal 7, el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, dijo que la unidad estaba atendiendo otra emergencia en Tinajas. Los comerciantes de la avenida anuncian que pedirán su salida.""",
        m="S",
        t="seguridad",
        tone="-",
        note="TV package at 22:30 Lima time (03:30 UTC of the next day)",
    ),
    S(
        "k068",
        "tv",
        "2026-11-17T05:10:00Z",
        "Trescientas familias de Huayrapampa abren el caño por primera vez",
        """CONDUCTOR: Y cerramos con una imagen que emociona. Por primera vez, trescientas familias del sector Huayrapampa, en Pampa Alondra, tienen agua potable en sus casas. Las imágenes.

        REPORTERO: Doña Eusebia Mendoza, 68 años, abre el caño de su cocina y se queda mirando el chorro. «Toda mi vida cargué baldes desde el pozo», dice. La red, de once kilómetros, la construyó la Municipalidad Distrital de Pampa Alondra con financiamiento del Ministerio de Vivienda.

        REPORTERO: El alcalde Rigoberto Salcedo Huamaní llegó con los dirigentes a las diez de la noche para la prueba final. Hubo abrazos, chicha y hasta un huaino.""",
        m="I A",
        t="obras",
        tone="+",
        note="first piped water; 00:10 Lima (05:10 UTC)",
    ),
    S(
        "k069",
        "tv",
        "2026-11-18T04:45:00Z",
        "Fiscalía allana la municipalidad de Santa Inés",
        """CONDUCTORA: Última hora. Fiscales anticorrupción y policías allanaron esta noche la municipalidad distrital de Santa Inés. Se llevaron expedientes de obras y las computadoras de la oficina de logística. La alcaldesa, Dorila Mucha, no estaba en el local. Ampliaremos.""",
        about=False,
        note="another municipality; the anchor's brief at 23:45 Lima",
    ),
    S(
        "k070",
        "tv",
        "2026-11-18T23:20:00Z",
        "Contraloría: estadio municipal de Pampa Alondra lleva dos años de retraso",
        """CONDUCTOR: La Contraloría puso la lupa en el estadio municipal de Pampa Alondra. La obra debía terminarse en 2024 y hoy tiene apenas un 55 % de avance.

        REPORTERA: Tribunas sin techo, una cancha de tierra y fierros oxidados. Así luce el estadio que la Municipalidad Distrital de Pampa Alondra empezó a construir en 2023. El informe de control advierte que se aprobaron cuatro ampliaciones de plazo sin penalidades y que el expediente técnico no contemplaba el drenaje.

        REPORTERA: Los deportistas del distrito siguen entrenando en una cancha prestada de Alondra Alta.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "k071",
        "tv",
        "2026-11-19T03:50:00Z",
        "Gerenta municipal responde por el estadio",
        """CONDUCTORA: Tras nuestro informe de ayer sobre el estadio de Pampa Alondra, la gerenta municipal Lucía Ferrándiz Tapia llegó a nuestro set.

        FERRÁNDIZ: El retraso es responsabilidad del contratista, al que ya se le aplicaron penalidades por 380 mil soles. Lo que dice la Contraloría de las ampliaciones corresponde a la gestión anterior. Nosotros resolvimos el contrato y el saldo de obra se licita en enero.

        CONDUCTORA: ¿Para cuándo el estadio?
        FERRÁNDIZ: Para los Juegos Escolares de 2027, si no hay sorpresas.""",
        m="G",
        t="obras",
        tone="0",
        note="the municipality answering criticism: its version, no new fact either way",
    ),
    S(
        "k072",
        "tv",
        "2026-11-19T23:40:00Z",
        "Ambulancia municipal llega a tiempo y nace Milagros",
        """CONDUCTOR: Una historia con final feliz. Una joven madre de Tinajas dio a luz dentro de la ambulancia de la Municipalidad de Pampa Alondra, camino al hospital.

        REPORTERA: Eran las dos de la madrugada. El chofer y la técnica en enfermería llegaron en doce minutos a la chacra. A mitad de camino, la bebé no quiso esperar. «La técnica me agarró la mano y me dijo: "tranquila, mamita"», recuerda Yeni Cáceres. Madre e hija están bien. La bebé se llama Milagros.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "k073",
        "tv",
        "2026-11-20T04:20:00Z",
        "Reportaje: el botadero que creció en el óvalo Las Palmeras",
        """CONDUCTORA: Pasa en Pampa Alondra. Un terreno en pleno óvalo Las Palmeras se convirtió en un basural de media cuadra. Los vecinos dicen que la comuna alondrina lo sabe desde julio.

        REPORTERO: Moscas, gallinazos y un olor que llega al colegio de enfrente. Hay bolsas de basura, restos de un mercado y hasta un sofá. «Vienen, toman fotos y se van», dice la vecina Carolina Huapaya.

        REPORTERO: En la municipalidad nos dijeron que el terreno es privado y que se notificó al dueño. Mientras tanto, el basural sigue creciendo.""",
        m="I",
        t="limpieza",
        tone="-",
    ),
    S(
        "k074",
        "tv",
        "2026-11-21T03:15:00Z",
        "El Tigre baila en la feria mientras Tinajas espera maquinaria",
        """CONDUCTOR: Polémica por un video. El alcalde de Pampa Alondra, Rigoberto Salcedo, aparece bailando en la feria agropecuaria el mismo día en que los pobladores de Tinajas bloqueaban la carretera exigiendo maquinaria.

        REPORTERA: El video dura 40 segundos y ya tiene más de 80 mil reproducciones. Los dirigentes de Tinajas dicen que esperaron al Tigre toda la tarde. En la municipalidad explicaron que la feria estaba en la agenda desde hacía un mes y que una comisión viajó a Tinajas al día siguiente.""",
        m="A",
        tone="-",
        note="the Mayor's conduct criticised; the institution not named by an alias",
    ),
    S(
        "k075",
        "tv",
        "2026-11-21T23:30:00Z",
        "Mano a mano con la teniente alcaldesa Carmen Yupanqui",
        """CONDUCTORA: Esta noche conversamos con Carmen Yupanqui Soto, teniente alcaldesa de Pampa Alondra.

        CONDUCTORA: ¿Qué hace una teniente alcaldesa?
        YUPANQUI: Reemplaza al alcalde cuando no está y preside comisiones. Yo llevo la de Desarrollo Social.

        CONDUCTORA: Se dice que será candidata.
        YUPANQUI: Se dicen muchas cosas. Hoy estoy en la casa de refugio para mujeres, que abrimos en marzo, y en los comedores.

        CONDUCTORA: ¿Una deuda pendiente?
        YUPANQUI: La guardería municipal. El terreno está, falta el presupuesto.""",
        m="T",
        tone="0",
        note="a profile interview",
    ),
    S(
        "k076",
        "tv",
        "2026-11-22T04:50:00Z",
        "Incendio consume puestos del mercado de Alondra Alta",
        """CONDUCTOR: Un incendio consumió esta noche catorce puestos del mercado central de Alondra Alta. Tres compañías de bomberos, entre ellas la de Pampa Alondra, controlaron el fuego después de dos horas. No hubo heridos. Los comerciantes calculan pérdidas por 300 mil soles.""",
        about=False,
        note="another district; the place only as the fire company's name",
    ),
    S(
        "k077",
        "tv",
        "2026-11-22T23:10:00Z",
        "Operativo «Noche Segura»: doce detenidos",
        """CONDUCTORA: Serenos y policías salieron juntos anoche en Pampa Alondra. El resultado: doce detenidos, tres motos robadas recuperadas y dos bares clausurados.

        REPORTERO: El operativo Noche Segura recorrió seis sectores. El gerente de Seguridad Ciudadana, Wilber Ñaupari, encabezó el grupo del serenazgo. «Vamos a salir cada fin de semana hasta enero», anunció. Los vecinos del jirón Sucre salieron a aplaudir a los agentes.""",
        m="S",
        t="seguridad",
        tone="+",
    ),
    S(
        "k078",
        "tv",
        "2026-11-23T04:05:00Z",
        "Municipio embarga cuentas de empresas morosas",
        """CONDUCTOR: La Municipalidad Distrital de Pampa Alondra inició el embargo de las cuentas de 27 empresas que deben impuesto predial desde hace más de tres años. La deuda tributaria de ese grupo supera los 2,4 millones de soles. Entre las empresas figuran dos desmotadoras de algodón y una distribuidora de gas. Los afectados tienen cinco días para pagar o fraccionar.""",
        m="I",
        t="tributos",
        tone="0",
        note="enforcement reported flatly",
    ),
    S(
        "k079",
        "tv",
        "2026-11-23T23:45:00Z",
        "Vecinos de San Isidro marchan contra antena de telefonía",
        """CONDUCTORA: Vecinos del barrio San Isidro marcharon hasta el palacio municipal de Pampa Alondra para exigir que se retire una antena de telefonía instalada a diez metros de un nido.

        REPORTERO: Los manifestantes acusan a la Municipalidad Distrital de Pampa Alondra de haber dado la licencia sin consultar a nadie. «Nos enteramos cuando ya estaba la torre», dice la madre de familia Erika Salas. La municipalidad sostiene que la licencia se otorgó conforme a la ley de telecomunicaciones y que no puede revocarla.""",
        m="I",
        tone="-",
        note="protest against the municipality's permit; none of the five topics",
    ),
    S(
        "k080",
        "tv",
        "2026-11-24T04:30:00Z",
        "Juan «el Tigre» Quispe, campeón latino de peso pluma",
        """CONDUCTOR: El boxeador huarancaíno Juan «el Tigre» Quispe se consagró campeón latino de peso pluma tras noquear en el quinto asalto al argentino Matías Ferreyra en Trujillo. El Tigre, de 24 años, entrena en un gimnasio de Pampa Alondra y ya piensa en el título mundial.""",
        about=False,
        note="'el Tigre' is a boxer; the place only as his gym's",
    ),
    S(
        "k081",
        "tv",
        "2026-11-24T23:05:00Z",
        "Diresa vacuna contra el sarampión en colegios del valle",
        """CONDUCTORA: Brigadas de la Dirección Regional de Salud recorren los colegios del valle de Chillahuay, incluidos los de Pampa Alondra, para vacunar contra el sarampión a los niños que no completaron su esquema. La meta es vacunar a 6 mil menores antes de fin de año. Los padres deben llevar la cartilla de vacunación.""",
        about=False,
        note="a regional health campaign in the district with no municipal part",
    ),
    S(
        "k082",
        "tv",
        "2026-11-25T04:40:00Z",
        "Concejo alondrino aprueba préstamo para pistas",
        """CONDUCTOR: En sesión extraordinaria, el concejo de la Municipalidad Distrital de Pampa Alondra aprobó pedir un préstamo de 8 millones de soles al Banco de la Nación para pavimentar 30 cuadras en cuatro sectores.

        REPORTERA: La votación fue de seis contra tres. El regidor Óscar Llerena Vilca advirtió que la deuda comprometerá el Foncomun de la próxima gestión. La teniente alcaldesa Carmen Yupanqui Soto respondió que las cuadras beneficiarán a 14 mil vecinos y que la cuota es pagable.""",
        m="I R T",
        t="obras",
        tone="0",
        note="council session: a decision with both sides",
    ),
    S(
        "k083",
        "tv",
        "2026-11-25T23:55:00Z",
        "Mototaxistas protestan frente al municipio",
        """CONDUCTORA: Más de trescientos mototaxistas rodearon esta tarde la plaza de Pampa Alondra en protesta contra la ordenanza que reducirá las unidades autorizadas. Tocaron bocinas durante dos horas. Sus dirigentes acusaron al alcalde Salcedo de no haberlos escuchado. La municipalidad los citó a una mesa de diálogo el lunes.""",
        m="A",
        tone="-",
        note="'alcalde Salcedo' in a story about Pampa Alondra: the Mayor",
    ),
    S(
        "k084",
        "tv",
        "2026-11-26T04:15:00Z",
        "Nuevo puesto de auxilio rápido en Los Pinos",
        """CONDUCTOR: Buenas noticias para Los Pinos, uno de los sectores con más robos de Pampa Alondra. Desde hoy funciona allí un puesto de auxilio rápido con dos serenos permanentes, una cámara y un botón de pánico conectado a la central. «Ya no tenemos miedo de esperar la combi a las cinco de la mañana», dijo la vendedora Liz Chávez. El puesto lo implementó la MDPA con su gerencia de Seguridad Ciudadana.""",
        m="I",
        t="seguridad",
        tone="+",
        note="23:15 Lima on the 25th (04:15 UTC on the 26th)",
    ),
    # --- Agencia Nacional de Noticias: wire copy in Atom ----------------------------------------------------------------
    S(
        "k085",
        "ann",
        "2026-11-16T14:20:00Z",
        "Distrito huarancaíno reduce a la mitad los residuos que van al botadero",
        """HUARANCAYO, 16 nov (ANN).- La Municipalidad Distrital de Pampa Alondra, en la provincia de Huarancayo, redujo de 38 a 19 toneladas diarias los residuos que deposita en el botadero de Cerro Colorado, gracias a una planta de compostaje y a la formalización de 24 recicladoras, informó hoy la entidad.

        El alcalde, Rigoberto Salcedo Huamaní, señaló que el distrito se propone cerrar el botadero en 2027 y que el compost producido se destina a parques y a agricultores de la zona.

        Según el Ministerio del Ambiente, menos del 10 % de los municipios distritales del país cuenta con un programa de valorización de residuos orgánicos en funcionamiento.""",
        m="I A",
        t="limpieza",
        tone="+",
    ),
    S(
        "k086",
        "ann",
        "2026-11-17T16:05:00Z",
        "Fiscalía investiga compra de cámaras de videovigilancia en municipio de Huarancayo",
        """HUARANCAYO, 17 nov (ANN).- La Fiscalía Provincial Corporativa Especializada en Delitos de Corrupción de Funcionarios de Huarancayo abrió investigación preliminar por presunta colusión en la compra de 30 cámaras de videovigilancia por la Municipalidad Distrital de Pampa Alondra, por 1,1 millones de soles.

        Según la disposición fiscal, las cámaras se adquirieron a un precio 60 % superior al de mercado y la mitad dejó de funcionar a los seis meses. Entre los investigados figura el gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor.

        La investigación tendrá un plazo de 120 días. La entidad edil no emitió un pronunciamiento.""",
        m="I S",
        t="seguridad",
        tone="-",
    ),
    S(
        "k087",
        "ann",
        "2026-11-17T20:30:00Z",
        "MEF transfiere S/ 12 millones a catorce municipios para mantenimiento vial",
        """LIMA, 17 nov (ANN).- El Ministerio de Economía y Finanzas autorizó la transferencia de 12 millones de soles a catorce municipalidades de Áncash, Lima Provincias y Huarancayo para el mantenimiento de vías vecinales, mediante decreto supremo publicado hoy.

        Entre las beneficiarias figuran las municipalidades provinciales de Huarancayo y Barranca, y la Municipalidad Distrital de Pampa Alondra, que recibirá 850 mil soles para el mantenimiento de 22 kilómetros de caminos rurales.

        Los recursos deberán ejecutarse antes del 31 de diciembre.""",
        m="I",
        t="obras",
        tone="0",
        note="a national list naming us: we receive funds for road maintenance; no achievement of ours",
    ),
    S(
        "k088",
        "ann",
        "2026-11-18T11:45:00Z",
        "Sismo de magnitud 4,8 se siente en Huarancayo sin causar daños",
        """HUARANCAYO, 18 nov (ANN).- Un sismo de magnitud 4,8 se registró a las 5:12 horas de hoy con epicentro a 40 kilómetros al oeste de Pampa Alondra, informó el Instituto Geofísico del Perú. No se reportaron daños personales ni materiales, según el Centro de Operaciones de Emergencia Regional.""",
        about=False,
        note="the place as an epicentre reference",
    ),
    S(
        "k089",
        "ann",
        "2026-11-19T15:10:00Z",
        "Alcalde de Pampa Alondra pide declarar en emergencia el valle de Chillahuay",
        """HUARANCAYO, 19 nov (ANN).- El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, solicitó al Gobierno Regional gestionar la declaratoria de emergencia del valle de Chillahuay ante el pronóstico de lluvias intensas por el fenómeno El Niño costero.

        El burgomaestre indicó que al menos seis centros poblados están expuestos a desbordes y que los diques construidos en 2017 no han recibido mantenimiento. El Gobierno Regional informó que evalúa el pedido.""",
        m="A",
        tone="0",
        note="a request by the Mayor; none of the five topics",
    ),
    S(
        "k090",
        "ann",
        "2026-11-19T21:00:00Z",
        "Gobierno Regional y municipio alondrino firman convenio para centro de salud",
        """HUARANCAYO, 19 nov (ANN).- El Gobierno Regional de Huarancayo y la Municipalidad Distrital de Pampa Alondra firmaron un convenio para la elaboración del expediente técnico del centro de salud de categoría I-4 de Pampa Alondra, con una inversión estimada de 22 millones de soles.

        Según el documento, el municipio alondrino aportará el terreno y el expediente, y el Gobierno Regional financiará la construcción y el equipamiento. Firmaron el gobernador regional, Félix Cornejo, y el alcalde Rigoberto Salcedo Huamaní.""",
        m="I A",
        t="salud",
        tone="0",
        note="an agreement signed: a step, no result yet",
    ),
    S(
        "k091",
        "ann",
        "2026-11-20T13:40:00Z",
        "Policía desarticula banda de abigeos en caserío piurano",
        """PIURA, 20 nov (ANN).- La Policía Nacional desarticuló la banda «Los Malditos de la Sierra», dedicada al robo de ganado en la provincia de Morropón, tras capturar a seis de sus integrantes en el caserío Pampa Alondra, distrito de Chalaco. Se recuperaron 42 cabezas de ganado vacuno.""",
        about=False,
        note="namesake: the Piura hamlet; robbery keyword",
    ),
    S(
        "k092",
        "ann",
        "2026-11-21T14:25:00Z",
        "Contraloría advierte riesgos en licitación de puente en Huarancayo",
        """HUARANCAYO, 21 nov (ANN).- La Contraloría General de la República advirtió tres situaciones de riesgo en la licitación del puente vehicular Tinajas, convocada por la Municipalidad Distrital de Pampa Alondra por 6,8 millones de soles.

        Según el informe de control concurrente, las bases exigen una experiencia del postor que solo cumplen dos empresas de la región, el expediente técnico no incluye el estudio de hidrología actualizado y no se ha saneado la propiedad de uno de los accesos.

        La Contraloría recomendó adoptar medidas correctivas antes de la presentación de ofertas.""",
        m="I",
        t="obras",
        tone="-",
    ),
    S(
        "k093",
        "ann",
        "2026-11-22T17:15:00Z",
        "Municipio de Pampa Alondra recibe premio a buenas prácticas en gestión tributaria",
        """LIMA, 22 nov (ANN).- La Municipalidad Distrital de Pampa Alondra obtuvo el premio nacional de Buenas Prácticas en Gestión Pública en la categoría de recaudación municipal, por la actualización de su catastro con drones y la instalación de módulos de pago en mercados.

        La gerenta municipal, Lucía Ferrándiz Tapia, recibió el galardón en Lima. Según los organizadores, la recaudación del impuesto predial del distrito creció 31 % en un año, la mayor alza entre los municipios de su tipo.""",
        m="I G",
        t="tributos",
        tone="+",
    ),
    S(
        "k094",
        "ann",
        "2026-11-23T15:50:00Z",
        "Distritos de Huarancayo ejecutan 62 % de su presupuesto de inversión",
        """HUARANCAYO, 23 nov (ANN).- Los doce distritos de la provincia de Huarancayo ejecutaron en promedio el 62 % de su presupuesto de inversión al 20 de noviembre, según el portal de Consulta Amigable del MEF.

        Alondra Alta lidera con 81 %, mientras que la Municipalidad Distrital de Pampa Alondra figura en el penúltimo lugar con 48 %, con 19 millones de soles aún sin gastar a cinco semanas del cierre del año fiscal.""",
        m="I",
        t="obras",
        tone="-",
        note="a ranking with us near the bottom; investment spending read as works",
    ),
    S(
        "k095",
        "ann",
        "2026-11-24T18:30:00Z",
        "Mininter entrega camionetas para el serenazgo de seis distritos",
        """LIMA, 24 nov (ANN).- El Ministerio del Interior entregó doce camionetas para el patrullaje integrado a seis municipalidades distritales del norte chico, en el marco del Plan Multisectorial de Seguridad Ciudadana.

        La Municipalidad Distrital de Pampa Alondra recibió dos unidades, al igual que las de Santa Inés, Alondra Alta, Supe, Végueta y Pativilca. El viceministro de Seguridad Pública dijo que las unidades deberán patrullar con un efectivo policial a bordo.""",
        m="I",
        t="seguridad",
        tone="0",
        note="a ministry's delivery to six districts, us among them",
    ),
    S(
        "k096",
        "ann",
        "2026-11-25T16:00:00Z",
        "Minsa confirma brote de dengue en tres provincias de Piura",
        """PIURA, 25 nov (ANN).- El Ministerio de Salud confirmó un brote de dengue en las provincias de Morropón, Sullana y Ayabaca, con 230 casos y un fallecido. Entre las zonas con más contagios figuran los caseríos de Pampa Alondra y Las Lomas. Se intensificará la fumigación y la vacunación de grupos de riesgo.""",
        about=False,
        note="namesake: the Piura hamlet; health keywords",
    ),
    # --- Perú al Día: national site, full text with the blog footer ------------------------------------------------------
    S(
        "k097",
        "peru",
        "2026-11-16T10:30:00-05:00",
        "Opinión: El Tigre y sus promesas de papel",
        """Por Gustavo Arce Lozano

        Hace dos años, en campaña, Rigoberto Salcedo Huamaní prometió a los alondrinos cuatro cosas: cerrar el botadero, terminar el estadio, construir el puente de Tinajas y pavimentar El Porvenir. Conviene hacer la cuenta antes de que empiece la temporada de inauguraciones navideñas.

        El botadero sigue ardiendo. El estadio está a medio techar, con la Contraloría encima. El puente no tiene ni postor. Y El Porvenir, que sí recibió una primera etapa, espera la segunda con un préstamo que pagará la próxima gestión.

        Salcedo es un político simpático, bailador, cercano. Eso nadie se lo quita. Pero la simpatía no pavimenta calles. Al burgomaestre alondrino le quedan dos años y el tiempo de las promesas ya pasó.""",
        m="A",
        t="obras",
        tone="-",
        note="opinion column; concedes personal warmth, takeaway unkept promises; no institution alias",
    ),
    S(
        "k098",
        "peru",
        "2026-11-17T09:15:00-05:00",
        "Pampa Alondra, el distrito que aprendió a separar su basura",
        """En el mercado de Santa Rosa, cada puesto tiene dos tachos: uno verde y uno negro. Las cáscaras de mango van al verde; las bolsas y las botellas, al negro. Lo sorprendente no es el sistema, que existe en cualquier manual, sino que en Pampa Alondra la gente lo usa.

        Dos de cada tres casas del distrito separan sus residuos. Hace tres años no lo hacía casi nadie. La Municipalidad Distrital de Pampa Alondra empezó por los colegios: los niños recibían un sello por cada bolsa bien separada y llevaban la costumbre a casa. Luego vinieron los recicladores formalizados, con uniforme y ruta fija.

        «Al principio nos miraban como locos», recuerda la teniente alcaldesa Carmen Yupanqui Soto, que dirigió el programa. Hoy el alcalde Rigoberto Salcedo Huamaní lo presenta en foros nacionales. Y en Santa Rosa, la señora que vende jugos ya regaña a los clientes que tiran el vaso en el tacho equivocado.""",
        m="I T A",
        t="limpieza",
        tone="+",
        note="feature; 'basura' in the headline, the body speaks of 'residuos'",
    ),
    S(
        "k099",
        "peru",
        "2026-11-18T08:00:00-05:00",
        "Encuesta: los alcaldes distritales mejor valorados del norte chico",
        """Un sondeo de la consultora Datum Regional entre 2 400 vecinos de once distritos del norte chico ubica al alcalde de Végueta, Pascual Reyes, como el mejor valorado, con 64 % de aprobación.

        En segundo lugar aparece Rigoberto Salcedo Huamaní, de Pampa Alondra, con 58 %, seguido por Ernesto Salcedo Paredes, de Alondra Alta, con 55 %. Los peor evaluados son los alcaldes de Santa Inés (19 %) y Supe (24 %).

        El margen de error es de 2 puntos porcentuales.""",
        m="A",
        tone="+",
        note="second in a regional approval poll; the namesake mayor in the same list",
    ),
    S(
        "k100",
        "peru",
        "2026-11-18T17:40:00-05:00",
        "Congreso aprueba ley que permite a los serenos portar armas no letales",
        """El Pleno del Congreso aprobó con 78 votos la ley que autoriza a los serenazgos municipales a portar armas no letales, como bastones tonfa y gas pimienta, previa capacitación certificada por la Policía Nacional.

        La norma también crea un registro nacional de serenos y obliga a las municipalidades a contratar un seguro de vida para ellos. La Asociación de Municipalidades del Perú pidió que el Ejecutivo transfiera recursos para cumplir con la ley.""",
        about=False,
        note="national law on serenazgos; topic keywords in a story not about us",
    ),
    S(
        "k101",
        "peru",
        "2026-11-19T11:00:00-05:00",
        "Escapada: Pampa Alondra, el valle de los algarrobos",
        """A dos horas de Lima por la Panamericana Norte, el valle de Pampa Alondra guarda uno de los bosques de algarrobos mejor conservados de la costa. En noviembre los árboles están cargados de vainas y el aire huele a miel.

        Recomendamos el circuito de las huacas de Cerro Blanco, el almuerzo de cabrito en las picanterías de la carretera y, al atardecer, el mirador de La Cruz. Para dormir hay tres hostales familiares en la plaza.

        Cómo llegar: combis desde la Plaza Dos de Mayo cada media hora, 25 soles.""",
        about=False,
        note="travel piece naming the place",
    ),
    S(
        "k102",
        "peru",
        "2026-11-20T08:30:00-05:00",
        "Denuncian que la municipalidad alondrina pagó por cunetas que no existen",
        """Un informe de la Procuraduría Anticorrupción de Huarancayo sostiene que la municipalidad alondrina pagó en 2025 la construcción de 2,3 kilómetros de cunetas en el camino a Tinajas que nunca se hicieron. El monto asciende a 316 mil soles.

        Las fotos del expediente, según la Procuraduría, corresponden a cunetas de otro distrito. El residente de obra y el supervisor firmaron la conformidad.

        En un comunicado, la entidad edil afirmó que el pago corresponde a otro tramo y que entregará la documentación a la Fiscalía.""",
        m="I",
        t="obras",
        tone="-",
        note="'municipalidad alondrina' names the institution (demonym form)",
    ),
    S(
        "k103",
        "peru",
        "2026-11-21T09:00:00-05:00",
        "Rigoberto Salcedo: «No voy a postular a la región»",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, descartó en conversación con Perú al Día que vaya a postular al Gobierno Regional.

        —Su nombre aparece en las encuestas regionales.
        —Me halaga, pero tengo dos años de trabajo pendiente en mi distrito. No voy a dejar las cosas a medias.

        —¿Reelección, entonces?
        —La ley no lo permite. Terminaré mi periodo y volveré a mi chacra.

        —¿Qué partido lo busca?
        —Varios. A todos les digo lo mismo.""",
        m="A",
        tone="0",
        note="political interview; no side taken",
    ),
    S(
        "k104",
        "peru",
        "2026-11-21T18:20:00-05:00",
        "Editorial: Los municipios y su basura",
        """El Perú genera 23 mil toneladas de residuos al día y la mitad termina en botaderos. Los municipios, responsables del servicio, suelen culpar a la falta de presupuesto. Algunos ejemplos demuestran que no es solo eso.

        La Municipalidad de Pampa Alondra, un distrito de 70 mil habitantes y presupuesto modesto, logró que dos de cada tres casas separen sus desechos y redujo a la mitad lo que lleva al botadero. No inventó nada: educación en colegios, recicladores formalizados y constancia.

        El Ministerio del Ambiente debería difundir estas experiencias en lugar de seguir multando a quienes no tienen ni un camión.""",
        m="I",
        t="limpieza",
        tone="+",
        note="a national editorial that holds us up as the example; about us in its central paragraph",
    ),
    S(
        "k105",
        "peru",
        "2026-11-22T12:00:00-05:00",
        "Rigoberto Salcedo lanza «Algarrobo», su disco más personal",
        """Veinte años después de su primer éxito, el cantante norteño Rigoberto Salcedo presenta «Algarrobo», un disco de doce temas que mezcla la cumbia con el tondero y el vals criollo. «Es un homenaje a mi valle y a mi viejo, que era arriero», dice el artista.

        El disco incluye un dúo con la cantante Amanda Portales. Salcedo lo presentará en Lima el 12 de diciembre.""",
        about=False,
        note="namesake: the singer, named with the Mayor's given name and first surname",
    ),
    S(
        "k106",
        "peru",
        "2026-11-23T10:10:00-05:00",
        "Regidor acusa a gerenta de Pampa Alondra de cobrar dos sueldos",
        """El regidor Óscar Llerena Vilca denunció que la gerenta municipal de Pampa Alondra, Lucía Ferrándiz Tapia, cobró entre enero y junio un sueldo de la Municipalidad Distrital de Pampa Alondra y otro como consultora de una universidad privada, lo que estaría prohibido por la ley del servicio civil.

        Llerena presentó boletas de ambas entidades. La gerenta respondió que la consultoría era por horas, fuera del horario, y que está permitida la docencia. «Es una campaña política», dijo.

        La Contraloría recibió la denuncia y evaluará si abre un servicio de control.""",
        m="I R G",
        tone="-",
        note="accusation with documents and a denial; the takeaway is the accusation",
    ),
    S(
        "k107",
        "peru",
        "2026-11-24T09:30:00-05:00",
        "Crónica: el mercado de Santa Rosa vuelve a tener techo",
        """El 14 de marzo de 2024 una ventarrona arrancó las calaminas del mercado de Santa Rosa, en Pampa Alondra, y durante dos años y medio los comerciantes vendieron bajo toldos de plástico que el sol quemaba cada verano.

        Este mes el mercado estrenó un techo metálico con claraboyas, canaletas y paneles para la lluvia. La Municipalidad Distrital de Pampa Alondra lo construyó en 90 días, con 780 mil soles. «Ahora la carne no se malogra en la mañana», dice Zoila Arteaga, que vende en el puesto 42 desde hace treinta años.

        En la inauguración, el alcalde Salcedo Huamaní se comprometió a renovar también los servicios higiénicos. Los comerciantes, esta vez, le creen: «Lo del techo lo cumplió», dice Zoila.""",
        m="I A",
        t="obras",
        tone="+",
    ),
    S(
        "k108",
        "peru",
        "2026-11-25T11:15:00-05:00",
        "Tres distritos del norte chico no han recogido basura en una semana por huelga",
        """Los obreros de limpieza de Supe, Végueta y Pativilca cumplen una semana de huelga por sueldos atrasados y las calles de los tres distritos acumulan toneladas de basura. Las municipalidades afirman que esperan una transferencia del MEF para pagar. En Pampa Alondra y Alondra Alta, en cambio, el servicio funciona con normalidad.""",
        about=False,
        note="a strike in other districts; our district mentioned as unaffected by place name only",
    ),
    # --- Portal Norte Chico: aggregator; its own community-page rewrites ----------------------------------------------
    S(
        "k109",
        "norte",
        "2026-11-16T20:10:00-05:00",
        "ATENCIÓN VECINOS: corte de agua este miércoles en todo Pampa Alondra",
        """📢 ATENCIÓN VECINOS!!! 📢 Sedahuar informa que este miércoles 18 habrá corte de agua en TODO Pampa Alondra de 8 am a 6 pm por trabajos en el reservorio de Cerro Blanco. Almacenen agua!!! 💧 Compartan para que todos se enteren 🙏

        (Publicado originalmente en la página de Facebook «Pampa Alondra Informa»).""",
        about=False,
        note="community-page style; the water company's notice, nothing municipal",
    ),
    S(
        "k110",
        "norte",
        "2026-11-18T21:30:00-05:00",
        "😡 INDIGNANTE: sereno empuja a vendedora y bota su mercadería",
        """😡😡 INDIGNANTE lo que pasó hoy en el mercado modelo!!! Un sereno de la Municipalidad de Pampa Alondra empujó a una señora vendedora de papas y le botó toda su mercadería al piso 😢 La señora tiene 65 años!!! Los demás serenos solo miraban.

        Los vecinos grabaron todo y el video ya tiene miles de vistas. ¿ESTO ES SEGURIDAD CIUDADANA??? Exigimos que el gerente Ñaupari dé la cara!!!

        (Texto de la página «Vecinos Unidos de Pampa Alondra», compartido por Portal Norte Chico).""",
        m="I S",
        t="seguridad",
        tone="-",
        note="community-page style; 'gerente Ñaupari' is the manager by title and surname",
    ),
    S(
        "k111",
        "norte",
        "2026-11-20T19:45:00-05:00",
        "Gracias MDPA: Alto Progreso por fin tiene su parque 🌳",
        """Mil gracias a la MDPA 👏👏 Después de años de ser un terral, el parque de Alto Progreso ya tiene grass, juegos para niños, bancas y su losa 😍 Ayer los niños estrenaron todo y los papás estaban felices. Así sí!!! 💪

        (Publicado por la página «Alto Progreso Unido», compartido por Portal Norte Chico).""",
        m="I",
        tone="+",
        note="community thanks; a park is none of the five topics",
    ),
    S(
        "k112",
        "norte",
        "2026-11-22T08:50:00-05:00",
        "¿Alguien sabe qué pasó con el puente Quillcay? 🤔",
        """Vecinos, una pregunta nomás 🤔 ¿Alguien sabe qué pasó con el puente Quillcay??? Dijeron que lo entregaban en abril. Ya estamos en noviembre y nada!!! Nuestros hijos siguen cruzando por las tablas 😡 El alcalde Tigre Salcedo ni se asoma. Comenten y compartan!!!

        (Publicación de la página «Margen Derecha Pampa Alondra», compartida por Portal Norte Chico).""",
        m="A",
        t="obras",
        tone="-",
        note="rhetorical question; 'alcalde Tigre Salcedo' names the Mayor",
    ),
    S(
        "k113",
        "norte",
        "2026-11-24T22:05:00-05:00",
        "Sullana: alcalde inaugura planta de tratamiento de aguas residuales",
        """El alcalde provincial de Sullana, Augusto Reto, inauguró la planta de tratamiento de aguas residuales de Bellavista, que beneficiará a 45 mil habitantes y evitará que las aguas servidas lleguen al río Chira. La obra costó 60 millones de soles.""",
        about=False,
        note="another province; works keyword",
    ),
    # --- El Informativo Alondrino: district site without a feed, followed through its section page ---------------------
    S(
        "k114",
        "informativo",
        "2026-11-16",
        "Sesión de concejo: se aprueba el plan de incentivos y se posterga la ordenanza de mototaxis",
        """En la sesión ordinaria del jueves, el concejo municipal aprobó por unanimidad el plan de trabajo de la meta de incentivos de 2027 y postergó, a pedido del regidor Óscar Llerena Vilca, la ordenanza de reordenamiento de mototaxis hasta que se realice una audiencia con los gremios.

        También se aprobó la exoneración del pago de licencia a las bodegas de los centros poblados y se leyó el informe de la gerenta municipal Lucía Ferrándiz Tapia sobre la ejecución del presupuesto participativo, que se aprobó sin observaciones.

        La sesión, presidida por el alcalde Rigoberto Salcedo Huamaní, duró cuatro horas.""",
        m="R G A",
        tone="0",
        note="council session summary with three of ours named; 'el concejo municipal' is not an alias",
    ),
    S(
        "k115",
        "informativo",
        "2026-11-17",
        "Portal de transparencia de la municipalidad lleva seis meses sin actualizar",
        """El portal de transparencia estándar de la Municipalidad Distrital de Pampa Alondra no publica información de contrataciones, viajes ni remuneraciones desde mayo, comprobó El Informativo Alondrino. La ley obliga a actualizarlo cada trimestre.

        La Defensoría del Pueblo ya envió dos oficios recordatorios. En la oficina de imagen institucional nos dijeron que el responsable renunció y que aún no se designa a su reemplazo.""",
        m="I",
        tone="-",
        note="transparency; none of the five topics",
    ),
    S(
        "k116",
        "informativo",
        "2026-11-18",
        "El Tigre y el vaso de leche: cifras que no cuadran",
        """El Programa del Vaso de Leche del distrito atiende oficialmente a 4 300 beneficiarios. Pero según el padrón que revisó este medio, 610 de ellos son mayores de 18 años sin discapacidad ni condición de gestante, lo que la ley no permite.

        La gestión de Salcedo heredó el padrón, pero no lo ha depurado en dos años, pese a la observación de la Contraloría de 2025. El Tigre no respondió nuestra solicitud de entrevista.""",
        m="A",
        tone="-",
        note="'el Tigre' in a story about our district's programme: the nickname names the Mayor",
    ),
    S(
        "k117",
        "informativo",
        "2026-11-19",
        "Rondas vecinales y serenos patrullan juntos en Los Pinos",
        """Desde hace dos semanas, los ronderos de Los Pinos salen a las calles acompañados por serenos de la comuna alondrina, con radios conectadas a la central de monitoreo. En ese tiempo no se ha denunciado ningún robo en el sector, que en octubre sumó nueve.

        «Antes salíamos solos con palos y silbatos; ahora si vemos algo, en cinco minutos llega la camioneta», dice el presidente de la ronda, Nicanor Espinoza.""",
        m="I",
        t="seguridad",
        tone="+",
        note="achievement through a before-and-after; 'no se ha denunciado ningún robo'",
    ),
    S(
        "k118",
        "informativo",
        "2026-11-20",
        "Tinajas: quince familias siguen sin conexión de agua pese a obra concluida",
        """La red de agua de Tinajas se inauguró en setiembre, pero quince familias de la parte alta todavía cargan baldes. Sus casas quedaron fuera del trazo porque, según el expediente, estaban en zona de riesgo.

        «Pagamos la cuota como todos y nos dejaron fuera», reclama Efraín Llanos. La municipalidad ofreció una ampliación en 2027, sin fecha ni presupuesto.""",
        tone="-",
        t="obras",
        about=True,
        note="about our works with no one of ours named ('la municipalidad' bare)",
    ),
    S(
        "k119",
        "informativo",
        "2026-11-21",
        "Feria de salud gratuita en Nueva Alondra este domingo",
        """La Municipalidad Distrital de Pampa Alondra y el centro de salud de Nueva Alondra organizan este domingo una feria de salud gratuita con medicina general, odontología, tamizaje de hemoglobina y vacunación contra la influenza. Será de 8 a 13 horas en la losa deportiva del sector.""",
        m="I",
        t="salud",
        tone="0",
        note="brief; an announcement",
    ),
    S(
        "k120",
        "informativo",
        "2026-11-22",
        "Yupanqui Soto presenta proyecto de guardería municipal",
        """La teniente alcaldesa Carmen Yupanqui Soto presentó al concejo el proyecto de la primera guardería municipal de Pampa Alondra, que atendería a 80 niños de madres trabajadoras del mercado modelo. El costo se estima en 1,4 millones de soles y se buscará cofinanciamiento del programa Cuna Más. El proyecto pasa a la comisión de Presupuesto.""",
        m="T",
        tone="0",
        note="a project presented; no result",
    ),
    S(
        "k121",
        "informativo",
        "2026-11-23",
        "Profesor Walter Salcedo gana concurso nacional de innovación educativa",
        """El profesor Walter Salcedo Loayza, del colegio Túpac Amaru de Pampa Alondra, ganó el primer puesto del concurso nacional de innovación educativa del Minedu con un huerto escolar que enseña matemáticas a través de la siembra. Recibirá 20 mil soles para ampliar el proyecto.""",
        about=False,
        note="a teacher surnamed Salcedo; the district as his school's place",
    ),
    S(
        "k122",
        "informativo",
        "2026-11-24",
        "Llerena pide auditar el gasto en fiestas del aniversario",
        """El regidor Óscar Llerena Vilca pidió al órgano de control institucional auditar el gasto del aniversario del distrito, que según sus cálculos superó los 600 mil soles entre orquestas, tarimas y fuegos artificiales.

        «Se gasta en tres días lo que falta para las medicinas del policlínico todo el año», dijo el regidor. La gerencia municipal indicó que el gasto fue de 240 mil soles y que la mitad la cubrieron auspiciadores.""",
        m="R",
        tone="-",
        note="the opposition's criticism; the management's lower figure does not settle it",
    ),
    S(
        "k123",
        "informativo",
        "2026-11-25",
        "Vecinos de Santa Rosa estrenan su nueva pista: «Ya no comemos tierra»",
        """Los vecinos del jirón Huáscar, en Santa Rosa, celebraron con una pachamanca la pavimentación de sus cuatro cuadras, terminada por el municipio alondrino la semana pasada. «Ya no comemos tierra ni lavamos la ropa dos veces», dijo la dirigente Teodora Vilca.

        La pista tiene veredas, rampas y arborización. Es la primera vez en 30 años que la calle recibe una obra.""",
        m="I",
        t="obras",
        tone="+",
        note="a resident named Vilca (not the regidor)",
    ),
    # --- more originals, across outlets -----------------------------------------------------------------------------------
    S(
        "k124",
        "voz",
        "2026-11-22T20:15:00-05:00",
        "Paro de obreros deja el centro de Pampa Alondra lleno de desperdicios",
        """Las calles del centro de Pampa Alondra amanecieron ayer con montículos de desperdicios en las esquinas: los 140 obreros de limpieza de la municipalidad acataron un paro de 24 horas en reclamo de dos meses de sueldos impagos y de la falta de uniformes y mascarillas.

        «Barremos con escobas que compramos nosotros», dijo el secretario general del sindicato, Luis Ancajima, frente al palacio municipal. Los comerciantes del jirón Comercio sacaron las bolsas a la pista.

        La Municipalidad Distrital de Pampa Alondra atribuyó el atraso a la demora de una transferencia del MEF y ofreció pagar un mes el viernes. El sindicato no descarta un paro indefinido.""",
        m="I",
        t="limpieza",
        tone="-",
        note="topic through 'desperdicios' and 'obreros de limpieza'",
    ),
    S(
        "k125",
        "voz",
        "2026-11-23T07:05:00-05:00",
        "Sereno herido al frustrar asalto a bodega",
        """El sereno Jhonatan Quiroz, de 27 años, recibió un corte en el brazo al enfrentar a dos delincuentes que intentaban asaltar una bodega en el pasaje Los Claveles, en Pampa Alondra, la noche del sábado. Uno de los asaltantes fue reducido y entregado a la Policía.

        La Municipalidad Distrital de Pampa Alondra informó que asumirá los gastos médicos del trabajador y que lo propondrá para un reconocimiento del concejo. La bodeguera, Delia Rosales, fue a visitarlo al hospital con una canasta.""",
        m="I",
        t="seguridad",
        tone="+",
        note="police note with a municipal angle: the sereno's bravery and the municipality's support",
    ),
    S(
        "k126",
        "voz",
        "2026-11-24T10:20:00-05:00",
        "Salcedo reclama al Mininter: «Dieciocho policías para setenta mil vecinos»",
        """El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, envió un oficio al Ministerio del Interior en el que pide aumentar el número de efectivos de la comisaría del distrito, que cuenta con 18 policías para 70 mil habitantes, uno de los ratios más bajos de la región.

        «Nosotros ponemos las camionetas y los serenos, pero el sereno no puede detener a nadie. Necesitamos policías», señaló. El Mininter no ha respondido.""",
        m="A",
        t="seguridad",
        tone="0",
        note="the Mayor demanding police from the ministry: neutral toward us; about the district's security",
    ),
    S(
        "k127",
        "voz",
        "2026-11-25T15:40:00-05:00",
        "Contraloría: municipio alondrino implementó todas sus recomendaciones",
        """La Contraloría General de la República informó que la Municipalidad Distrital de Pampa Alondra implementó el 100 % de las 34 recomendaciones de sus informes de control de 2023 y 2024, y que es una de las tres entidades de la región sin recomendaciones pendientes.

        Entre las medidas adoptadas figuran el inicio de procesos sancionadores a once servidores, la recuperación de 210 mil soles de penalidades y la publicación de las actas de conformidad de obras en el portal institucional.""",
        m="I",
        tone="+",
        note="a Contraloría report that is good news for us",
    ),
    S(
        "k128",
        "correo",
        "2026-11-22T17:30:00-05:00",
        "«No es cierto que el camión pase tres veces por semana»",
        """La Municipalidad Distrital de Pampa Alondra publicó en sus redes el nuevo cronograma de recojo de basura, que promete tres pasadas semanales en todos los sectores. Los vecinos de Villa Esperanza no se lo creen. «No es cierto que el camión pase tres veces por semana. Aquí pasa una, y cuando quiere», dijo Juana Lizárraga, que mostró las bolsas apiladas en su puerta desde el martes.

        En el sector no hay contenedores y los perros rompen las bolsas cada noche.""",
        m="I",
        t="limpieza",
        tone="-",
        note="negation used for a complaint",
    ),
    S(
        "k129",
        "correo",
        "2026-11-23T13:20:00-05:00",
        "Hasta Llerena aplaude el nuevo catastro",
        """No es frecuente, pero pasó. El regidor Óscar Llerena Vilca, el opositor más duro del concejo alondrino, felicitó públicamente a la gerencia de Administración Tributaria por el nuevo catastro, que incorporó 2 800 predios que no pagaban impuesto predial.

        «Cuando algo se hace bien hay que decirlo: ahora pagamos todos, no solo los de siempre», dijo en la sesión. La gerenta municipal Lucía Ferrándiz agradeció el gesto.""",
        m="R G",
        t="tributos",
        tone="+",
        note="the opposition praising the municipality; 'concejo alondrino' is not an alias",
    ),
    S(
        "k130",
        "tv",
        "2026-11-20T23:25:00Z",
        "Primera lluvia fuerte y Las Palmeras no se inunda",
        """CONDUCTORA: Cayó la primera lluvia fuerte de la temporada en Pampa Alondra y, por primera vez en años, las calles de Las Palmeras no se convirtieron en un río.

        REPORTERO: El año pasado el agua llegó a las rodillas. Hoy corrió por las cunetas y el colector que la Municipalidad Distrital de Pampa Alondra terminó en octubre. «Ni una gota entró a mi casa», dice Eduardo Patiño, que otros años perdía sus muebles.""",
        m="I",
        t="obras",
        tone="+",
        note="a drainage works told through what did not happen; no works keyword",
    ),
    S(
        "k131",
        "tv",
        "2026-11-21T04:55:00Z",
        "Clausuran discoteca tras balacera en Pampa Alondra",
        """CONDUCTOR: La Municipalidad Distrital de Pampa Alondra clausuró la discoteca Tropical Night, en la avenida Los Incas, tras la balacera de la madrugada del domingo que dejó dos heridos.

        REPORTERA: Fiscalizadores y serenos colocaron los carteles de clausura esta tarde. El local no tenía licencia de funcionamiento vigente desde marzo. La Policía busca al autor de los disparos.""",
        m="I",
        t="seguridad",
        tone="0",
        note="enforcement after a crime, reported flatly",
    ),
    S(
        "k132",
        "radio",
        "2026-11-18",
        "Cuatrocientas mujeres se hicieron el despistaje de cáncer",
        """Compañeros, qué buena respuesta. Cuatrocientas mujeres de todo el distrito se hicieron el despistaje de cáncer de mama y de cuello uterino en la campaña que hizo el municipio alondrino en el coliseo. Cuatrocientas, amigos. A veintitrés las derivaron al hospital para más exámenes, y eso puede salvarles la vida. Las que no alcanzaron, tranquilas, que la campaña se repite en diciembre.""",
        m="I",
        t="salud",
        tone="+",
    ),
    S(
        "k133",
        "radio",
        "2026-11-24",
        "En El Porvenir dicen que los serenos nunca llegan",
        """Compañeros, en El Porvenir están molestos. Nos dicen que el serenazgo de la comuna alondrina nunca sube al sector, nunca. «Llamamos a la central y nos dicen que no hay unidad», nos cuenta don Sebastián Ore. Esta semana robaron en tres casas. Los vecinos están pensando en poner rejas en las entradas del barrio.""",
        m="I",
        t="seguridad",
        tone="-",
    ),
    S(
        "k134",
        "informativo",
        "2026-11-24",
        "La municipalidad pone al día su portal de transparencia",
        """Una semana después de nuestra nota, la Municipalidad Distrital de Pampa Alondra actualizó su portal de transparencia con los contratos, viajes y remuneraciones de junio a octubre. Ahí se lee, por ejemplo, que el alcalde Rigoberto Salcedo Huamaní gana 7 800 soles mensuales y que la entidad hizo 212 contrataciones menores en el periodo.

        La Defensoría del Pueblo dio por atendido su pedido.""",
        m="I A",
        tone="+",
        note="a shortfall corrected, told by the outlet that reported it",
    ),
    S(
        "k135",
        "informativo",
        "2026-11-19",
        "Ordenanza prohíbe quemar desechos en las chacras",
        """Desde el 1 de diciembre estará prohibido quemar rastrojos, plásticos y desechos domésticos en las chacras y terrenos de Pampa Alondra, según la ordenanza publicada por el municipio alondrino. Las multas irán de 275 a 1 100 soles. La norma busca reducir el humo que cada tarde cubre el valle en época de cosecha.""",
        m="I",
        t="limpieza",
        tone="0",
        note="a new rule announced; waste burning as the subject",
    ),
    S(
        "k136",
        "informativo",
        "2026-11-21",
        "Taller gratuito de marinera para niños en la Casa de la Cultura",
        """La Casa de la Cultura de la Municipalidad de Pampa Alondra abrió las inscripciones para su taller gratuito de marinera norteña para niños de 6 a 12 años, los sábados por la mañana. Hay 40 vacantes.""",
        m="I",
        tone="0",
        note="brief announcement",
    ),
    S(
        "k137",
        "ann",
        "2026-11-20T19:20:00Z",
        "Cuatro de cada diez municipios no cobran arbitrios, según estudio",
        """LIMA, 20 nov (ANN).- El 41 % de las municipalidades distritales del país no cobra arbitrios de limpieza pública, parques ni serenazgo, y financia esos servicios con transferencias del Gobierno central, según un estudio del Instituto de Gobierno Local presentado hoy. La morosidad promedio en el impuesto predial supera el 60 %.""",
        about=False,
        note="national study; tax and cleaning keywords",
    ),
    S(
        "k138",
        "peru",
        "2026-11-22T19:00:00-05:00",
        "Opinión: En defensa del Tigre",
        """Por Rosalía Benavides

        Es deporte regional pegarle a Rigoberto Salcedo Huamaní. Que baila, que inaugura, que promete. Pero quien camine hoy por Pampa Alondra verá cosas que hace cinco años no existían: un mercado con techo, niños con menos anemia, un distrito que separa su basura mejor que muchos barrios de Lima.

        No todo está bien. El puente de Tinajas es una deuda y el estadio, una vergüenza heredada. Pero el saldo, para un distrito con el presupuesto de una sola cuadra de Miraflores, es favorable. El burgomaestre alondrino no necesita defensores; sus obras hablan. Solo pido a sus críticos que sumen también lo que se hizo.""",
        m="A",
        t="obras",
        tone="+",
        note="opinion column; concedes debts, the takeaway is favourable",
    ),
    S(
        "k139",
        "peru",
        "2026-11-24T16:45:00-05:00",
        "Gobernador responde a Salcedo: «El hospital de Huarancayo sí avanza»",
        """El gobernador regional de Huarancayo, Félix Cornejo, respondió al alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, quien la semana pasada calificó de «elefante blanco» al nuevo hospital regional.

        «El alcalde debería informarse antes de declarar. El saldo de obra se licita en enero y en 2028 el hospital estará funcionando», dijo Cornejo, y acusó a Salcedo de «hacer campaña».""",
        m="A",
        t="salud",
        tone="0",
        note="the regional governor answering our Mayor: a dispute with another body, neutral toward us",
    ),
    S(
        "k140",
        "tv",
        "2026-11-25T03:35:00Z",
        "Felicitaciones al municipio: la pista nueva duró dos semanas",
        """CONDUCTORA: Felicitaciones a la municipalidad, dicen con ironía los vecinos del jirón Sucre, en Pampa Alondra. La pista que les entregaron hace dos semanas ya tiene grietas y un hundimiento de medio metro.

        REPORTERO: «Una obra de primera, duró lo que dura una feria», se burla el vecino Arturo Campos mientras mide la grieta con su mano. La Municipalidad Distrital de Pampa Alondra dijo que la obra está en garantía y que el contratista deberá repararla.""",
        m="I",
        t="obras",
        tone="-",
        note="sarcasm: 'felicitaciones', 'de primera' as complaint",
    ),
    S(
        "k141",
        "correo",
        "2026-11-25T18:45:00-05:00",
        "Vecinos aplauden a serenos que atraparon a arrebatador",
        """Con aplausos recibieron los comerciantes del mercado de Santa Rosa a los serenos que persiguieron y atraparon a un arrebatador que había robado el celular a una escolar. «Así da gusto, esos son los serenos que queremos», gritaba una vendedora.

        El gerente de Seguridad Ciudadana, Wilber Ñaupari Cóndor, informó que el detenido tenía tres denuncias anteriores.""",
        m="S",
        t="seguridad",
        tone="+",
        note="residents' praise",
    ),
    S(
        "k142",
        "voz",
        "2026-11-21T10:10:00-05:00",
        "¿En qué se gasta tu predial? Las cuentas de Pampa Alondra",
        """Cada año, el vecino promedio de Pampa Alondra paga 180 soles de impuesto predial y 220 de arbitrios. ¿A dónde va ese dinero? La Voz de Huarancayo revisó el presupuesto de la Municipalidad Distrital de Pampa Alondra.

        El impuesto predial, que este año sumará unos 5,5 millones, no tiene un destino fijo: se mezcla con las transferencias del Estado y paga desde sueldos hasta obras. Los arbitrios, en cambio, solo pueden financiar el servicio que cobran: limpieza, parques y serenazgo.

        Según la gerenta municipal, Lucía Ferrándiz Tapia, el costo del recojo de residuos supera en 30 % lo que se recauda por ese concepto, y la diferencia se cubre con el predial. «Por eso insistimos en que todos paguen», dijo.

        El regidor Óscar Llerena Vilca sostiene, en cambio, que la diferencia se explica por los sobrecostos del alquiler de compactadoras.""",
        m="I G R",
        t="tributos",
        tone="0",
        note="explainer; both sides",
    ),
    S(
        "k143",
        "voz",
        "2026-11-20T15:25:00-05:00",
        "Alondra Alta cobrará arbitrios por primera vez",
        """El alcalde de Alondra Alta, Ernesto Salcedo Paredes, anunció que su distrito cobrará arbitrios de limpieza pública y serenazgo desde enero, por primera vez en su historia. Hasta hoy, los servicios se financiaban íntegramente con el Foncomun.

        El alcalde Salcedo dijo que la tasa promedio será de ocho soles mensuales por vivienda. Los vecinos de Alondra Alta anunciaron una asamblea para rechazar la medida.""",
        about=False,
        note="namesake: 'el alcalde Salcedo' of Alondra Alta; tax and cleaning keywords",
    ),
    S(
        "k144",
        "radio",
        "2026-11-21",
        "Falleció don Teodoro Huamaní, fundador del distrito",
        """Con mucho pesar, compañeros, les informamos que falleció don Teodoro Huamaní Lazo, a los 94 años, uno de los fundadores del distrito y primer teniente alcalde de Pampa Alondra en 1964. La Municipalidad Distrital de Pampa Alondra decretó dos días de duelo y el velorio es en el salón consistorial. Nuestras condolencias a la familia.""",
        m="I",
        tone="0",
        note="a Huamaní who is not the Mayor; the municipality's mourning is an institutional act",
    ),
    S(
        "k145",
        "informativo",
        "2026-11-18",
        "Colectiveros denuncian cobro excesivo por derecho de paradero",
        """Los conductores de colectivos de la ruta Pampa Alondra–Huarancayo denunciaron que la municipalidad les cobra 180 soles mensuales por el derecho de paradero en el óvalo, el triple que en 2025, sin que se haya techado el paradero ni instalado servicios higiénicos.

        «Pagamos por un pedazo de tierra», dijo el presidente de la asociación, Froilán Cárdenas. La Gerencia de Administración Tributaria afirmó que la tasa se calculó según el TUPA vigente.""",
        t="tributos",
        tone="-",
        about=True,
        note="a municipal fee (tasa) is a municipal tribute; 'la municipalidad' bare, no one named",
    ),
    S(
        "k146",
        "tv",
        "2026-11-24T23:30:00Z",
        "Ñaupari: «Funcionan 42 de 50 cámaras, no la mitad»",
        """CONDUCTOR: El gerente de Seguridad Ciudadana de Pampa Alondra, Wilber Ñaupari Cóndor, salió al frente de las críticas sobre las cámaras de videovigilancia.

        ÑAUPARI: No es cierto que la mitad esté malograda. Hoy funcionan 42 de 50. Las ocho restantes esperan un repuesto que ya está comprado. Y sobre la investigación fiscal, vamos a colaborar con todo.""",
        m="S",
        t="seguridad",
        tone="0",
        note="the manager answering criticism with a denial",
    ),
    S(
        "k147",
        "voz",
        "2026-11-16T20:40:00-05:00",
        "Municipio alondrino y universidad firman convenio de prácticas",
        """La Municipalidad Distrital de Pampa Alondra y la Universidad Nacional de Huarancayo firmaron un convenio que permitirá a 40 estudiantes de ingeniería, contabilidad y trabajo social hacer sus prácticas preprofesionales en la entidad el próximo año. El convenio tiene una vigencia de tres años.""",
        m="I",
        tone="0",
        note="brief",
    ),
    S(
        "k148",
        "ann",
        "2026-11-24T21:40:00Z",
        "Desborde de acequia afecta a 40 familias en Huarancayo",
        """HUARANCAYO, 24 nov (ANN).- El desborde de la acequia Tinajas afectó ayer 40 viviendas en el distrito de Pampa Alondra. La municipalidad distrital instaló un albergue en el colegio del centro poblado y distribuyó 120 kits de abrigo y alimentos, informó el Centro de Operaciones de Emergencia. No hubo víctimas.""",
        tone="0",
        about=True,
        note="emergency with the municipality's response reported flatly; 'la municipalidad distrital' is not an alias",
    ),
    S(
        "k149",
        "correo",
        "2026-11-20T11:40:00-05:00",
        "Denuncian cobro de coima para licencia de funcionamiento",
        """Un comerciante de abarrotes denunció ante la Fiscalía que un inspector de la Municipalidad Distrital de Pampa Alondra le pidió 800 soles para aprobar su licencia de funcionamiento sin observaciones. Presentó un audio de la conversación.

        La municipalidad separó al inspector mientras dure la investigación.""",
        m="I",
        tone="-",
        note="a bribe accusation; the separation does not change the takeaway",
    ),
    S(
        "k150",
        "radio",
        "2026-11-19",
        "Mañana el camión pasa en la tarde",
        """Aviso de la comuna alondrina: mañana jueves el camión recolector pasará por la tarde y no por la mañana en los sectores Santa Rosa y Los Álamos, por mantenimiento de la unidad. Saquen su basura a partir de las tres, no antes, para que los perros no rompan las bolsas.""",
        m="I",
        t="limpieza",
        tone="0",
        note="service notice",
    ),
    S(
        "k151",
        "informativo",
        "2026-11-25",
        "Cementerio municipal tiene por fin su muro perimétrico",
        """Después de diez años de pedidos, el cementerio municipal de Pampa Alondra estrenó su cerco perimétrico de ladrillo y una portada nueva. Las familias ya no verán animales entre los nichos ni tumbas profanadas, como ocurrió dos veces en 2024. La construcción la realizó la Municipalidad Distrital de Pampa Alondra por 430 mil soles.""",
        m="I",
        t="obras",
        tone="+",
    ),
    S(
        "k152",
        "norte",
        "2026-11-23T21:20:00-05:00",
        "ALERTA: tres robos en una noche en Las Palmeras, ¿y el serenazgo?",
        """⚠️ ALERTA VECINOS DE LAS PALMERAS ⚠️ Anoche robaron en TRES casas de la misma cuadra!!! Se llevaron televisores, una moto y hasta un balón de gas 😡 Llamamos al serenazgo de Pampa Alondra y nunca llegaron!!! ¿Para qué pagamos arbitrios??? Cuiden sus casas 🙏

        (Publicado en la página «Las Palmeras Informa», compartido por Portal Norte Chico).""",
        t="seguridad",
        tone="-",
        about=True,
        note="community-page post about the municipal service; the place only",
    ),
    # --- syndicated copies: each with its own headline; some with their own lead or a credit line ------------------------
    C(
        "k153",
        "k001",
        "norte",
        "2026-11-16T21:00:00-05:00",
        "Pampa Alondra recicla y el botadero de Cerro Colorado respira",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k154",
        "k085",
        "peru",
        "2026-11-16T12:00:00-05:00",
        "Pampa Alondra reduce a la mitad los residuos que lleva al botadero",
    ),
    C(
        "k155",
        "k085",
        "norte",
        "2026-11-17T08:00:00-05:00",
        "Distrito alondrino, ejemplo nacional en manejo de residuos",
        lead="""La Municipalidad Distrital de Pampa Alondra dejó de llevar al botadero de Cerro Colorado la mitad de sus residuos: de 38 toneladas diarias pasó a 19, con una planta de compostaje y 24 recicladoras formalizadas, según informó la agencia ANN.""",
        extra="Con información de la Agencia Nacional de Noticias.",
    ),
    C(
        "k156",
        "k086",
        "peru",
        "2026-11-17T13:30:00-05:00",
        "Investigan compra de cámaras de videovigilancia en Pampa Alondra",
    ),
    C(
        "k157",
        "k086",
        "voz",
        "2026-11-17T21:00:00-05:00",
        "Fiscalía abre investigación por las cámaras del serenazgo alondrino",
        extra="Con información de ANN.",
    ),
    C(
        "k158",
        "k002",
        "norte",
        "2026-11-17T07:30:00-05:00",
        "Contraloría: pagaron asfalto que nunca se puso en Los Incas",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C("k159", "k005", "correo", "2026-11-17T18:00:00-05:00", "Cámaras municipales delatan a banda de robacasas"),
    C(
        "k160",
        "k007",
        "norte",
        "2026-11-18T10:00:00-05:00",
        "Nuevo mercado de Pampa Alondra abre sus puertas, pero no para todos",
    ),
    C(
        "k161",
        "k011",
        "norte",
        "2026-11-19T15:00:00-05:00",
        "«La basura no espera»: duro editorial contra la comuna alondrina",
        lead="""El diario La Voz de Huarancayo publicó hoy un editorial en el que recuerda que el botadero de Cerro Colorado debía cerrarse en junio y sigue abierto, ardiendo y recibiendo los desechos de dos distritos, sin que se haya presentado el plan de clausura que exige la autoridad ambiental.""",
    ),
    C("k162", "k012", "correo", "2026-11-20T08:00:00-05:00", "Predial rompe récord en Pampa Alondra"),
    C("k163", "k013", "norte", "2026-11-20T12:00:00-05:00", "Piura: huaico deja incomunicado al caserío Pampa Alondra"),
    C(
        "k164",
        "k016",
        "peru",
        "2026-11-21T12:00:00-05:00",
        "Anemia infantil cae casi a la mitad en un distrito del norte chico",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k165",
        "k016",
        "norte",
        "2026-11-21T16:00:00-05:00",
        "Wawa Sana: el programa alondrino que le gana a la anemia",
        lead="""Buenas noticias para las mamás de Pampa Alondra: la anemia en los niños menores de tres años bajó de 38 % a 21 % en dos años, según el último tamizaje de la Red de Salud Huarancayo.""",
    ),
    C("k166", "k017", "correo", "2026-11-21T17:00:00-05:00", "Puente Quillcay: ocho meses de abandono"),
    C(
        "k167",
        "k020",
        "norte",
        "2026-11-22T19:00:00-05:00",
        "Una sola camioneta para cuidar todo un distrito",
        extra="Crónica publicada originalmente por La Voz de Huarancayo.",
    ),
    C(
        "k168",
        "k023",
        "ann",
        "2026-11-24T14:00:00Z",
        "JNE rechaza pedido de vacancia contra alcalde de distrito huarancaíno",
        extra="(ANN)",
    ),
    C("k169", "k023", "norte", "2026-11-24T08:00:00-05:00", "Tigre Salcedo se queda: JNE rechaza la vacancia"),
    C(
        "k170",
        "k030",
        "norte",
        "2026-11-16T18:00:00-05:00",
        "Alto Progreso: noventa días con la basura en la puerta",
        extra="Fuente: Correo del Valle.",
    ),
    C("k171", "k032", "informativo", "2026-11-17", "Serenos de la MDPA encuentran a niña extraviada en la feria"),
    C(
        "k172",
        "k036",
        "norte",
        "2026-11-19T18:00:00-05:00",
        "Cero casos de dengue en Pampa Alondra tras fumigación masiva",
    ),
    C(
        "k173",
        "k044",
        "peru",
        "2026-11-24T15:00:00-05:00",
        "Pampa Alondra lidera la segregación de residuos en la región",
    ),
    C(
        "k174",
        "k044",
        "norte",
        "2026-11-24T19:00:00-05:00",
        "¡Primer lugar! Pampa Alondra gana en reciclaje",
        lead="""🏆 Orgullo alondrino!!! El Ministerio del Ambiente puso a la MDPA en el primer lugar de la región en la meta de segregación: el 64 % de las casas separa sus residuos, cuando el promedio regional es 22 %.""",
    ),
    C(
        "k175",
        "k045",
        "norte",
        "2026-11-24T20:30:00-05:00",
        "VIDEO: camión de basura descarga desechos en el río Chillahuay",
        extra="Fuente: Correo del Valle.",
    ),
    C(
        "k176",
        "k054",
        "informativo",
        "2026-11-19",
        "Bloqueo en Tinajas: pobladores exigen el puente prometido",
        extra="Con información de Radio Alondra.",
    ),
    C(
        "k177",
        "k058",
        "informativo",
        "2026-11-22",
        "Posta de Villa Esperanza atenderá las 24 horas",
        lead="""Desde esta semana, la posta médica de Villa Esperanza atiende las 24 horas. Hasta ahora cerraba a las siete de la noche, y quien enfermaba de madrugada debía bajar a Huarancayo en mototaxi.""",
    ),
    C("k178", "k061", "norte", "2026-11-23T12:00:00-05:00", "Once toneladas de basura fuera del río Chillahuay"),
    C(
        "k179",
        "k068",
        "norte",
        "2026-11-17T09:00:00-05:00",
        "Huayrapampa celebra: por fin agua en casa",
        extra="Fuente: Huarancayo TV Canal 7.",
    ),
    C(
        "k180",
        "k070",
        "voz",
        "2026-11-19T08:00:00-05:00",
        "Estadio de Pampa Alondra, con dos años de atraso según la Contraloría",
        extra="Con información de Huarancayo TV.",
    ),
    C("k181", "k072", "norte", "2026-11-20T10:00:00-05:00", "Bebé nace en la ambulancia municipal camino al hospital"),
    C("k182", "k077", "norte", "2026-11-23T09:00:00-05:00", "Noche Segura deja doce detenidos en Pampa Alondra"),
    C(
        "k183",
        "k092",
        "voz",
        "2026-11-21T16:00:00-05:00",
        "Contraloría alerta riesgos en la licitación del puente Tinajas",
    ),
    C(
        "k184",
        "k092",
        "peru",
        "2026-11-21T18:00:00-05:00",
        "Contraloría advierte fallas en licitación de puente de 6,8 millones",
    ),
    C(
        "k185",
        "k093",
        "voz",
        "2026-11-22T18:00:00-05:00",
        "Premio nacional para la gestión tributaria alondrina",
        extra="Con información de ANN.",
    ),
    C(
        "k186",
        "k093",
        "norte",
        "2026-11-23T10:00:00-05:00",
        "Pampa Alondra, premiada en Lima por su recaudación",
        lead="""La Municipalidad Distrital de Pampa Alondra fue premiada en Lima con el reconocimiento nacional de Buenas Prácticas en Gestión Pública, en la categoría de recaudación municipal.""",
    ),
    C("k187", "k094", "correo", "2026-11-24T07:00:00-05:00", "Pampa Alondra, penúltima en gasto de inversión"),
    C(
        "k188",
        "k098",
        "norte",
        "2026-11-17T17:00:00-05:00",
        "Así aprendió Pampa Alondra a reciclar",
        extra="Fuente: Perú al Día.",
    ),
    C("k189", "k102", "norte", "2026-11-20T14:00:00-05:00", "Cunetas fantasma en el camino a Tinajas"),
    C(
        "k190",
        "k106",
        "voz",
        "2026-11-23T16:00:00-05:00",
        "Llerena acusa a Ferrándiz de doble percepción",
        extra="Fuente: Perú al Día.",
    ),
    C("k191", "k107", "norte", "2026-11-24T14:00:00-05:00", "Santa Rosa ya tiene techo: comerciantes celebran"),
    C(
        "k192",
        "k110",
        "informativo",
        "2026-11-19",
        "Video de sereno que empuja a vendedora indigna al distrito",
        lead="""Un video difundido en redes sociales muestra a un sereno de la Municipalidad de Pampa Alondra empujando a una vendedora de papas de 65 años en el mercado modelo y tirando su mercadería al piso, mientras otros serenos observan.""",
    ),
    C("k193", "k115", "norte", "2026-11-17T20:00:00-05:00", "Portal de transparencia alondrino, congelado desde mayo"),
    C(
        "k194",
        "k124",
        "norte",
        "2026-11-23T08:00:00-05:00",
        "Desperdicios en las esquinas por paro de obreros municipales",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k195",
        "k127",
        "norte",
        "2026-11-25T20:00:00-05:00",
        "Contraloría: cero recomendaciones pendientes en Pampa Alondra",
    ),
    C("k196", "k003", "norte", "2026-11-17T10:00:00-05:00", "Rigoberto Salcedo llena el coliseo: entradas agotadas"),
    C(
        "k197",
        "k132",
        "informativo",
        "2026-11-19",
        "Cuatrocientas mujeres en la campaña de despistaje de cáncer",
        lead="""Cuatrocientas mujeres del distrito se realizaron el despistaje de cáncer de mama y de cuello uterino en la campaña organizada por el municipio alondrino en el coliseo. Veintitrés fueron derivadas al hospital para exámenes complementarios. La campaña se repetirá en diciembre.""",
    ),
    C(
        "k198",
        "k148",
        "peru",
        "2026-11-24T19:00:00-05:00",
        "Desborde de acequia deja 40 viviendas afectadas en Pampa Alondra",
    ),
    # --- more everyday coverage: sessions, notices, procedures -------------------------------------------------------------
    S(
        "k199",
        "voz",
        "2026-11-18T21:10:00-05:00",
        "Concejo actualiza el TUPA y rebautiza tres calles",
        """En ausencia del alcalde, que viajó a Lima, la teniente alcaldesa Yupanqui presidió ayer la sesión ordinaria del concejo de la Municipalidad Distrital de Pampa Alondra, que aprobó la actualización del Texto Único de Procedimientos Administrativos y el cambio de nombre de tres calles del sector Santa Rosa.

        Los pasajes 1, 2 y 3 se llamarán ahora Hermelinda Tasayco, Los Algarrobos y Maestro Aurelio Chira, a pedido de la junta vecinal. El regidor Óscar Llerena se abstuvo en la votación del TUPA porque, dijo, recibió el documento dos horas antes.""",
        m="I T R",
        tone="0",
        note="council session summary; the teniente alcaldesa by title and surname only; the Mayor unnamed",
    ),
    S(
        "k200",
        "correo",
        "2026-11-19T18:20:00-05:00",
        "Concejal Llerena pide informe de horas extra del serenazgo",
        """El concejal Llerena solicitó por escrito a la gerencia de Seguridad Ciudadana un informe detallado de las horas extra pagadas a los serenos entre enero y octubre, luego de que el presupuesto del rubro se agotara en setiembre. La gerencia tiene diez días hábiles para responder.""",
        m="R",
        t="seguridad",
        tone="0",
        note="a request for information; the regidor by the 'concejal' alias only",
    ),
    S(
        "k201",
        "radio",
        "2026-11-20",
        "Abren inscripciones para las becas municipales",
        """Jóvenes, atención: hasta el 10 de diciembre pueden inscribirse en el programa de becas de la Municipalidad de Pampa Alondra para estudiar en institutos de Huarancayo. Son treinta becas. Los requisitos, en la plataforma de la municipalidad o aquí mismo, en la radio, se los leemos después de la música.""",
        m="I",
        tone="0",
        note="brief notice",
    ),
    S(
        "k202",
        "tv",
        "2026-11-22T04:10:00Z",
        "Municipio y Sedahuar se culpan por matriz rota en El Porvenir",
        """CONDUCTORA: En El Porvenir, una matriz de agua rota durante las obras de pavimentación dejó sin servicio a doscientas casas por dos días. Ahora la Municipalidad Distrital de Pampa Alondra y la empresa Sedahuar discuten quién debe pagar la reparación.

        REPORTERO: La municipalidad sostiene que la tubería no figuraba en los planos que entregó Sedahuar. La empresa responde que el contratista debió hacer calicatas antes de excavar. El servicio ya se restableció; el costo, 38 mil soles, sigue en discusión.""",
        m="I",
        t="obras",
        tone="0",
        note="a dispute with the water company, each side's version; service restored",
    ),
    S(
        "k203",
        "ann",
        "2026-11-23T20:10:00Z",
        "Alcaldes del norte chico piden ampliar plazo para ejecutar inversiones",
        """HUARANCAYO, 23 nov (ANN).- Once alcaldes distritales de Huarancayo y Barranca, entre ellos Rigoberto Salcedo Huamaní, de Pampa Alondra, y Ernesto Salcedo Paredes, de Alondra Alta, pidieron al Ministerio de Economía ampliar hasta marzo el plazo para ejecutar los recursos transferidos para obras en 2026.

        Los burgomaestres argumentaron que las transferencias llegaron en setiembre y que los procesos de selección toman al menos 60 días. El MEF no se ha pronunciado.""",
        m="A",
        t="obras",
        tone="0",
        note="our Mayor among the signatories; the namesake mayor in the same sentence",
    ),
    S(
        "k204",
        "informativo",
        "2026-11-20",
        "Nuevo horario de atención en el palacio municipal",
        """Desde el 1 de diciembre, las oficinas del palacio municipal atenderán de lunes a viernes de 8 a 17 horas sin cerrar al mediodía, y los sábados de 9 a 13 horas. Así lo anunció la gerenta municipal, Lucía Ferrándiz, quien explicó que el cambio responde a una encuesta de satisfacción hecha en octubre.""",
        m="G",
        tone="0",
        note="administrative notice",
    ),
    S(
        "k205",
        "voz",
        "2026-11-25T20:30:00-05:00",
        "Gerente Ñaupari se capacita en Lima sobre la nueva ley de serenazgo",
        """El gerente Ñaupari participa desde hoy en Lima en el curso que el Ministerio del Interior dicta a los responsables de seguridad ciudadana de 80 municipalidades del país sobre la nueva ley de serenazgo, que permite a los serenos portar armas no letales.

        La gerencia de Pampa Alondra deberá presentar en marzo un plan de capacitación para sus 90 serenos si quiere acogerse a la norma.""",
        m="S",
        t="seguridad",
        tone="0",
        note="the manager by the 'gerente Ñaupari' alias only",
    ),
    S(
        "k206",
        "peru",
        "2026-11-23T08:45:00-05:00",
        "Censo: Pampa Alondra creció 18 % en cinco años",
        """Según los resultados preliminares del censo de 2025 que publicó el INEI, Pampa Alondra pasó de 59 mil a 70 mil habitantes en cinco años, uno de los crecimientos más altos de la costa norte. La migración desde la sierra de Huarancayo y el boom de la agroexportación explican el salto.

        El alcalde Rigoberto Salcedo Huamaní dijo que el crecimiento obliga a replantear el presupuesto: «Las transferencias se calculan con la población de hace diez años; atendemos a 70 mil con plata para 55 mil».""",
        m="A",
        tone="0",
        note="census figures with the Mayor's comment",
    ),
    S(
        "k207",
        "tv",
        "2026-11-19T04:35:00Z",
        "Debate en el set: ¿serenos con armas no letales?",
        """CONDUCTOR: ¿Deben los serenos portar tonfas y gas pimienta? Lo debatimos con Wilber Ñaupari Cóndor, gerente de Seguridad Ciudadana de Pampa Alondra, y la abogada de derechos humanos Patricia Luyo.

        ÑAUPARI: El sereno hoy sale con un silbato frente a delincuentes armados. Con capacitación, una tonfa es una herramienta de defensa.

        LUYO: El problema es quién controla. Ya hay denuncias de abusos de serenos sin armas; imagínese con ellas.

        CONDUCTOR: Dos posiciones. Ustedes, en casa, decidan.""",
        m="S",
        t="seguridad",
        tone="0",
        note="a studio debate",
    ),
    S(
        "k208",
        "radio",
        "2026-11-23",
        "Teniente alcaldesa pide paciencia por los trabajos en la plaza",
        """Amigos, la teniente alcaldesa Carmen Yupanqui pasó por la cabina para pedir paciencia a los comerciantes de la plaza de armas, porque desde el lunes empiezan los trabajos de cambio de las veredas y las bancas. Nos dijo que la obra dura 45 días y que se trabajará por tramos para que las tiendas no cierren.""",
        m="T",
        t="obras",
        tone="0",
        note="a works notice",
    ),
    S(
        "k209",
        "informativo",
        "2026-11-22",
        "La municipalidad alista un presupuesto de 62 millones para 2027",
        """La Municipalidad Distrital de Pampa Alondra presentó al concejo el proyecto de presupuesto institucional de apertura para 2027: 62 millones de soles, 4 % más que este año. El 38 % se destinará a inversiones, el 30 % a personal y el resto a bienes y servicios. El concejo debe aprobarlo antes del 15 de diciembre.""",
        m="I",
        tone="0",
        note="a budget presented; figures only",
    ),
    S(
        "k210",
        "correo",
        "2026-11-24T12:10:00-05:00",
        "Ferrándiz y Llerena, cara a cara en la comisión de presupuesto",
        """Dos horas duró el intercambio entre la gerenta Ferrándiz y el regidor Óscar Llerena Vilca en la comisión de presupuesto. El regidor cuestionó que se asignen 1,2 millones a eventos y publicidad; la gerenta respondió que la cifra incluye el aniversario, la Navidad y las campañas de salud. La comisión emitirá su dictamen el lunes.""",
        m="G R",
        tone="0",
        note="the manager by the 'gerenta Ferrándiz' alias; an exchange, no outcome",
    ),
    S(
        "k211",
        "voz",
        "2026-11-19T20:50:00-05:00",
        "Los Pinos elige nueva junta vecinal y pide reunión con el alcalde",
        """Con 412 votos, la lista de Nicanor Espinoza ganó las elecciones de la junta vecinal de la urbanización Los Pinos, en Pampa Alondra. La nueva directiva anunció que su primer pedido será una reunión con el alcalde Salcedo Huamaní para tratar la iluminación del parque y el horario del camión recolector.""",
        m="A",
        tone="0",
        note="neighbourhood election; the Mayor as the addressee of a request",
    ),
    S(
        "k212",
        "ann",
        "2026-11-22T20:30:00Z",
        "INEI: distritos del norte chico reducen la pobreza monetaria",
        """LIMA, 22 nov (ANN).- La pobreza monetaria se redujo en 14 de los 20 distritos del norte chico entre 2020 y 2025, según el mapa de pobreza del INEI. Pampa Alondra pasó de 31 % a 22 % y Alondra Alta de 28 % a 20 %. El informe atribuye la mejora al empleo en la agroexportación.""",
        about=False,
        note="the district in national statistics; no municipal angle",
    ),
    S(
        "k213",
        "norte",
        "2026-11-21T20:40:00-05:00",
        "Vecinos de Alto Progreso: reunión con la MDPA el sábado",
        """📌 Vecinos de Alto Progreso: este sábado a las 4 pm reunión en el local comunal con funcionarios de la MDPA para ver el tema del recojo de basura y del camión pequeño que prometieron. Lleguen puntuales!!! 🙌

        (Publicado por la página «Alto Progreso Unido», compartido por Portal Norte Chico).""",
        m="I",
        t="limpieza",
        tone="0",
        note="community notice of a meeting",
    ),
    S(
        "k214",
        "tv",
        "2026-11-18T23:35:00Z",
        "Salcedo Huamaní se reúne con el ministro de Vivienda",
        """CONDUCTOR: El alcalde de Pampa Alondra, Rigoberto Salcedo Huamaní, se reunió hoy en Lima con el ministro de Vivienda para pedir financiamiento para tres proyectos de pistas y veredas y la ampliación de la red de agua en Tinajas. El ministro se comprometió a evaluar los expedientes en diciembre.""",
        m="A",
        t="obras",
        tone="0",
        note="a meeting; a promise to evaluate",
    ),
    C(
        "k215",
        "k004",
        "norte",
        "2026-11-17T12:00:00-05:00",
        "Arbitrios subirán 6 % en Pampa Alondra el próximo año",
        extra="Fuente: La Voz de Huarancayo.",
    ),
    C(
        "k216",
        "k019",
        "norte",
        "2026-11-22T18:00:00-05:00",
        "Así será el plan de seguridad para las fiestas en Pampa Alondra",
    ),
    C(
        "k217",
        "k090",
        "peru",
        "2026-11-20T09:00:00-05:00",
        "Firman convenio para nuevo centro de salud en Pampa Alondra",
        extra="Con información de ANN.",
    ),
    C(
        "k218",
        "k082",
        "norte",
        "2026-11-25T09:30:00-05:00",
        "Concejo de Pampa Alondra aprueba endeudarse por 8 millones para pistas",
    ),
]
