"""The demo registry of Santa Candelaria del Mar: invented people, invented places.

Ubigeo 27 is deliberately outside the 25 real departments, so no code points to a
real district. Loading twice changes nothing.
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from heraldo.core.demo import register_demo_loader
from heraldo.core.text import fold
from heraldo.directory.models import Entity, MailingList, Person, Position, RecipientScope, Term, TermStatus
from heraldo.directory.services.registry import (
    entity_create,
    person_create,
    position_create,
    tags_from_names,
    term_create,
)

REGION, PROVINCE, OWN_DISTRICT = "27", "2701", "270103"
ELECTED_ON = date(2023, 1, 1)


def _entity(actor, name: str, **data) -> Entity:
    existing = Entity.objects.filter(name=name).first()
    if existing:
        return existing
    tags = tags_from_names(data.pop("tags", []))
    return entity_create(actor=actor, data={"name": name, **data}, tags=tags)


def _person(actor, given: str, surnames: str, **data) -> Person:
    existing = Person.objects.filter(given_names=given, surnames=surnames).first()
    if existing:
        return existing
    tags = tags_from_names(data.pop("tags", []))
    return person_create(actor=actor, data={"given_names": given, "surnames": surnames, **data}, tags=tags)


def _position(actor, entity: Entity, title: str, **data) -> Position:
    existing = Position.objects.filter(entity=entity, title=title, order_in_entity=data.get("order_in_entity")).first()
    if existing:
        return existing
    return position_create(actor=actor, data={"entity": entity, "title": title, **data})


def _term(actor, position: Position, person: Person, starts_on: date = ELECTED_ON, **data) -> Term:
    existing = Term.objects.filter(position=position, person=person, starts_on=starts_on).first()
    if existing:
        return existing
    return term_create(actor=actor, data={"position": position, "person": person, "starts_on": starts_on, **data})


def _holder(actor, entity, title, person_args, *, starts_on=ELECTED_ON, term_status=TermStatus.TITULAR, **position):
    given, surnames, person_data = person_args
    holder = _person(actor, given, surnames, **person_data)
    cargo = _position(actor, entity, title, **position)
    _term(actor, cargo, holder, starts_on=starts_on, status=term_status, source_document=person_data.get("_doc", ""))
    return cargo, holder


MALE, FEMALE = "M", "F"
OUTLET_DOMAINS = {
    "Diario El Faro Candelario": "elfaro",
    "Radio Brisa del Mar 98.5 FM": "radiobrisa",
    "Costa Visión Canal 7": "costavision",
    "Candelaria Noticias": "candelarianoticias",
}


def _p(given, surnames, sex, **extra):
    return (given, surnames, {"sex": sex, **extra})


def _mayor(jurisdiction: str) -> dict:
    """The office of a district's mayor, who presides with the head table."""
    return dict(
        office_code="ALCALDE_DISTRITAL",
        title_feminine="Alcaldesa",
        form_of_address="Señor Alcalde",
        form_of_address_feminine="Señora Alcaldesa",
        jurisdiction=jurisdiction,
        order_in_entity=1,
        sits_at_head_table=True,
    )


SCHOOL_DIRECTOR = dict(
    title_feminine="Directora",
    form_of_address="Señor Director",
    form_of_address_feminine="Señora Directora",
    order_in_entity=1,
)
CIVIL_SOCIETY_LEADER = dict(office_code="DIRIGENTE_SOCIEDAD_CIVIL", title_feminine="Presidenta", order_in_entity=1)


# Each institution beyond our own, in the order they are created: its fields (parent names one listed
# before it) and the holders of its offices as (title, person, position fields).
INSTITUTIONS = (
    (
        "Municipalidad Provincial de Puerto Alto",
        dict(
            kind="MUNICIPALIDAD",
            level="PROVINCIAL",
            ubigeo="270101",
            email="alcaldia@puertoalto.example.pe",
            anniversary=date(1857, 2, 2),
            tags=["Autoridades locales"],
        ),
        [
            (
                "Alcalde Provincial",
                _p("Fernando", "Gutiérrez Chávez", MALE, honorific="Sr.", academic_title="Dr."),
                dict(
                    office_code="ALCALDE_PROVINCIAL",
                    title_feminine="Alcaldesa Provincial",
                    form_of_address="Señor Alcalde Provincial",
                    form_of_address_feminine="Señora Alcaldesa Provincial",
                    jurisdiction=PROVINCE,
                    order_in_entity=1,
                    sits_at_head_table=True,
                ),
            ),
            (
                "Regidor Provincial",
                _p("Carmen", "Loayza Tupa", FEMALE, honorific="Sra."),
                dict(
                    office_code="REGIDOR_PROVINCIAL",
                    title_feminine="Regidora Provincial",
                    jurisdiction=PROVINCE,
                    order_in_entity=2,
                ),
            ),
        ],
    ),
    (
        "Municipalidad Distrital de San Isidro de las Lomas",
        dict(
            kind="MUNICIPALIDAD",
            level="DISTRITAL",
            ubigeo="270102",
            parent="Municipalidad Provincial de Puerto Alto",
            anniversary=date(1955, 6, 14),
            tags=["Autoridades locales"],
            email="alcaldia@270102.example.pe",
        ),
        [("Alcalde", _p("Ana María", "Rojas Pacheco", FEMALE, honorific="Sra."), _mayor("270102"))],
    ),
    (
        "Municipalidad Distrital de Villa Esperanza",
        dict(
            kind="MUNICIPALIDAD",
            level="DISTRITAL",
            ubigeo="270104",
            parent="Municipalidad Provincial de Puerto Alto",
            anniversary=date(1962, 9, 3),
            tags=["Autoridades locales"],
            email="alcaldia@270104.example.pe",
        ),
        [("Alcalde", _p("Walter", "Cusi Mayta", MALE, honorific="Sr.", academic_title="Prof."), _mayor("270104"))],
    ),
    (
        "Gobierno Regional de Costa Alta",
        dict(
            kind="GOBIERNO_REGIONAL",
            level="REGIONAL",
            ubigeo=REGION,
            email="tramite@regioncostaalta.example.pe",
            anniversary=date(2003, 1, 1),
        ),
        [
            (
                "Gobernador Regional",
                _p("Augusto", "Medina Solís", MALE, honorific="Sr.", academic_title="Dr."),
                dict(
                    office_code="GOBERNADOR_REGIONAL",
                    title_feminine="Gobernadora Regional",
                    form_of_address="Señor Gobernador Regional",
                    form_of_address_feminine="Señora Gobernadora Regional",
                    jurisdiction=REGION,
                    order_in_entity=1,
                    sits_at_head_table=True,
                ),
            ),
            (
                "Vicegobernador Regional",
                _p("Silvia", "Navarro Huerta", FEMALE, honorific="Sra."),
                dict(
                    office_code="VICEGOBERNADOR_REGIONAL",
                    title_feminine="Vicegobernadora Regional",
                    jurisdiction=REGION,
                    order_in_entity=2,
                ),
            ),
        ],
    ),
    (
        "Dirección Regional de Salud Costa Alta",
        dict(kind="GOBIERNO_REGIONAL", level="REGIONAL", ubigeo=REGION, parent="Gobierno Regional de Costa Alta"),
        [
            (
                "Director Regional de Salud",
                _p("Mónica", "Salinas Vera", FEMALE, academic_title="Dra."),
                dict(
                    office_code="DIRECTOR_REGIONAL_SECTORIAL",
                    title_feminine="Directora Regional de Salud",
                    jurisdiction=REGION,
                    order_in_entity=1,
                ),
            )
        ],
    ),
    (
        "Congreso de la República",
        dict(kind="CONGRESO", level="NACIONAL"),
        [
            (
                "Congresista por Costa Alta",
                _p("Roberto", "Aguirre Palomino", MALE, honorific="Sr.", academic_title="Abog."),
                dict(
                    office_code="CONGRESISTA",
                    form_of_address="Señor Congresista",
                    form_of_address_feminine="Señora Congresista",
                    order_in_entity=1,
                ),
            )
        ],
    ),
    (
        "Subprefectura Distrital de Santa Candelaria del Mar",
        dict(kind="PREFECTURA", level="DISTRITAL", ubigeo=OWN_DISTRICT),
        [
            (
                "Subprefecto Distrital",
                _p("Benito", "Choque Larico", MALE, honorific="Sr."),
                dict(
                    office_code="SUBPREFECTO_DISTRITAL",
                    title_feminine="Subprefecta Distrital",
                    jurisdiction=OWN_DISTRICT,
                    order_in_entity=1,
                    sits_at_head_table=True,
                ),
            )
        ],
    ),
    (
        "Comisaría PNP Santa Candelaria del Mar",
        dict(
            kind="POLICIA",
            level="DISTRITAL",
            ubigeo=OWN_DISTRICT,
            phone="(054) 405050",
            anniversary=date(1988, 12, 6),
        ),
        [
            (
                "Comisario",
                _p(
                    "Luis Alberto",
                    "Fernández Soto",
                    MALE,
                    honorific="Mayor PNP",
                    military_branch="PNP",
                    military_grade="PNP_MAYOR",
                    date_of_grade=date(2021, 1, 1),
                ),
                dict(
                    office_code="COMISARIO_PNP",
                    form_of_address="Señor Comisario",
                    jurisdiction=OWN_DISTRICT,
                    order_in_entity=1,
                    sits_at_head_table=True,
                ),
            )
        ],
    ),
    (
        'Batallón de Infantería Motorizada N.° 31 "Los Cerros"',
        dict(kind="FUERZAS_ARMADAS", level="PROVINCIAL", ubigeo=PROVINCE, anniversary=date(1965, 4, 20)),
        [
            (
                "Comandante del Batallón",
                _p(
                    "Ricardo",
                    "Peña Arévalo",
                    MALE,
                    honorific="Teniente Coronel EP",
                    military_branch="EJERCITO",
                    military_grade="EJERCITO_TENIENTE_CORONEL",
                    date_of_grade=date(2022, 1, 1),
                ),
                dict(
                    office_code="JEFE_UNIDAD_MILITAR",
                    form_of_address="Señor Comandante",
                    jurisdiction=PROVINCE,
                    order_in_entity=1,
                    sits_at_head_table=True,
                ),
            )
        ],
    ),
    (
        "Obispado de Puerto Alto",
        dict(kind="IGLESIA", level="PROVINCIAL", ubigeo=PROVINCE),
        [
            (
                "Obispo",
                _p("Anselmo", "Ruiz Carbajal", MALE, honorific="Monseñor"),
                dict(
                    office_code="OBISPO",
                    form_of_address="Su Excelencia Reverendísima",
                    jurisdiction=PROVINCE,
                    order_in_entity=1,
                    sits_at_head_table=True,
                ),
            )
        ],
    ),
    (
        "Parroquia Nuestra Señora de la Candelaria",
        dict(
            kind="IGLESIA",
            level="DISTRITAL",
            ubigeo=OWN_DISTRICT,
            parent="Obispado de Puerto Alto",
            anniversary=date(1902, 2, 2),
        ),
        [
            (
                "Párroco",
                _p("Tomás", "Valdivia Cruz", MALE, honorific="R. P."),
                dict(form_of_address="Reverendo Padre", order_in_entity=1),
            )
        ],
    ),
    (
        "Universidad Nacional de Costa Alta",
        dict(
            short_name="UNCA",
            kind="UNIVERSIDAD",
            level="REGIONAL",
            ubigeo="270101",
            anniversary=date(1961, 5, 10),
        ),
        [
            (
                "Rector",
                _p("Beatriz", "Olivares Cano", FEMALE, academic_title="Dra."),
                dict(
                    office_code="RECTOR_UNIVERSIDAD_PUBLICA",
                    title_feminine="Rectora",
                    form_of_address="Señor Rector",
                    form_of_address_feminine="Señora Rectora",
                    order_in_entity=1,
                ),
            )
        ],
    ),
    (
        'Institución Educativa N.° 40215 "José Olaya"',
        dict(kind="COLEGIO", level="DISTRITAL", ubigeo=OWN_DISTRICT, anniversary=date(1960, 7, 6)),
        [("Director", _p("Nelly", "Chambi Ramos", FEMALE, academic_title="Prof."), SCHOOL_DIRECTOR)],
    ),
    (
        'Institución Educativa "Virgen de la Candelaria"',
        dict(kind="COLEGIO", level="DISTRITAL", ubigeo=OWN_DISTRICT, anniversary=date(1978, 2, 2)),
        [("Director", _p("Edgar", "Pari Luque", MALE, academic_title="Prof."), SCHOOL_DIRECTOR)],
    ),
    (
        "Asociación de Comerciantes del Mercado Central",
        dict(kind="ONG", level="DISTRITAL", ubigeo=OWN_DISTRICT, tags=["Sociedad civil"]),
        [("Presidente", _p("Felícita", "Huarcaya Soto", FEMALE), CIVIL_SOCIETY_LEADER)],
    ),
    (
        "Asociación de Pescadores Artesanales San Pedro",
        dict(kind="ONG", level="DISTRITAL", ubigeo=OWN_DISTRICT, tags=["Sociedad civil"]),
        [("Presidente", _p("Germán", "Yupanqui Díaz", MALE), CIVIL_SOCIETY_LEADER)],
    ),
    (
        "Junta Vecinal Los Pinos",
        dict(kind="ORGANIZACION_VECINAL", level="DISTRITAL", ubigeo=OWN_DISTRICT, tags=["Sociedad civil"]),
        [("Presidente", _p("Rosa", "Inga Calderón", FEMALE), CIVIL_SOCIETY_LEADER)],
    ),
)


@register_demo_loader
def load_directory_demo(actor) -> None:
    today = timezone.localdate()

    # ---- our own municipality
    own = _entity(
        actor,
        "Municipalidad Distrital de Santa Candelaria del Mar",
        short_name="MDSCM",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        ubigeo=OWN_DISTRICT,
        is_own_municipality=True,
        address="Plaza de Armas 100, Santa Candelaria del Mar",
        phone="(054) 401122",
        email="mesadepartes@candelaria.example.pe",
        website="https://candelaria.example.pe",
        anniversary=date(1941, today.month, min(today.day, 28)),
        tags=["Autoridades locales"],
    )
    cargo, _ = _holder(
        actor,
        own,
        "Alcalde",
        _p(
            "Jorge",
            "Cárdenas Vilca",
            MALE,
            honorific="Sr.",
            academic_title="Ing.",
            institutional_email="alcaldia@candelaria.example.pe",
            institutional_phone="(054) 401100",
            personal_phone="987 654 321",
            birth_date=date(1972, today.month, min(today.day, 28)),
        ),
        **_mayor(OWN_DISTRICT),
    )
    former = _person(actor, "Hugo", "Benavente Salas", sex=MALE, honorific="Sr.")
    _term(actor, cargo, former, starts_on=date(2019, 1, 1), ends_on=date(2022, 12, 31))

    councillors = [
        _p("Marisol", "Quispe Huanca", FEMALE, honorific="Sra.", academic_title="Lic."),
        _p("Raúl", "Ñaupari Mendoza", MALE, honorific="Sr."),
        _p("Elena", "Castañeda Ríos", FEMALE, honorific="Sra.", academic_title="Abog."),
        _p("Víctor", "Huamaní Ccapa", MALE, honorific="Sr.", academic_title="Prof."),
        _p("Rocío", "Zapata León", FEMALE, honorific="Sra."),
        _p("Julián", "Torres Ayala", MALE, honorific="Sr.", academic_title="Ing."),
        _p("Gladys", "Apaza Condori", FEMALE, honorific="Sra.", birth_date=date(1980, today.month, min(today.day, 28))),
    ]
    for order, person_args in enumerate(councillors, start=1):
        person_args[2]["institutional_email"] = f"regidor{order}@candelaria.example.pe"
        _holder(
            actor,
            own,
            "Regidor",
            person_args,
            office_code="TENIENTE_ALCALDE_DISTRITAL" if order == 1 else "REGIDOR_DISTRITAL",
            title_feminine="Regidora",
            form_of_address="Señor Regidor",
            form_of_address_feminine="Señora Regidora",
            jurisdiction=OWN_DISTRICT,
            order_in_entity=order + 1,
            sits_at_head_table=order == 1,
        )
    _holder(
        actor,
        own,
        "Gerente Municipal",
        _p(
            "Patricia",
            "Llanos Ríos",
            FEMALE,
            honorific="Sra.",
            academic_title="CPC",
            institutional_email="gerencia@candelaria.example.pe",
        ),
        office_code="GERENTE_MUNICIPAL",
        title_feminine="Gerenta Municipal",
        form_of_address="Señor Gerente Municipal",
        form_of_address_feminine="Señora Gerenta Municipal",
        jurisdiction=OWN_DISTRICT,
        order_in_entity=20,
    )
    managers = [
        ("Gerente de Desarrollo Social", _p("Teresa", "Mamani Flores", FEMALE, academic_title="Lic.")),
        ("Gerente de Obras e Infraestructura", _p("Óscar", "Villalobos Pinto", MALE, academic_title="Ing.")),
        ("Gerente de Administración Tributaria", _p("Miguel", "Torres Apaza", MALE, academic_title="CPC")),
        ("Jefa de la Unidad de Imagen Institucional", _p("Lucía", "Paredes Quispe", FEMALE, academic_title="Lic.")),
    ]
    for order, (title, person_args) in enumerate(managers, start=21):
        _holder(
            actor,
            own,
            title,
            person_args,
            office_code="FUNCIONARIO_MUNICIPAL",
            jurisdiction=OWN_DISTRICT,
            order_in_entity=order,
        )

    # ---- province, neighbours, region, nation, church, education, civil society
    created = {}
    for name, fields, offices in INSTITUTIONS:
        fields = dict(fields)
        if "parent" in fields:
            fields["parent"] = created[fields["parent"]]
        created[name] = institution = _entity(actor, name, **fields)
        for title, person_args, position in offices:
            _holder(actor, institution, title, person_args, **position)

    # ---- local media and journalists
    outlets = (
        (
            "Diario El Faro Candelario",
            "PRENSA",
            12000,
            "Provincia de Puerto Alto",
            [
                ("Director", _p("Alfredo", "Montes Sierra", MALE, beats="Política")),
                ("Periodista", _p("Karina", "Ayala Quispe", FEMALE, beats="Municipalidad, obras")),
            ],
        ),
        (
            "Radio Brisa del Mar 98.5 FM",
            "RADIO",
            45000,
            "Costa Alta sur",
            [
                ("Conductor del noticiero", _p("Percy", "Luna Ticona", MALE, beats="Actualidad local")),
                ("Periodista", _p("Milagros", "Cornejo Tapia", FEMALE, beats="Salud, educación")),
            ],
        ),
        (
            "Costa Visión Canal 7",
            "TV",
            80000,
            "Región Costa Alta",
            [
                ("Jefe de informaciones", _p("Daniel", "Ortiz Vargas", MALE, beats="Política regional")),
                ("Reportera", _p("Yesenia", "Calle Muñoz", FEMALE, beats="Policiales, seguridad ciudadana")),
            ],
        ),
        (
            "Candelaria Noticias",
            "WEB",
            20000,
            "Distrito de Santa Candelaria del Mar",
            [("Editora", _p("Sofía", "Espinoza Lazo", FEMALE, beats="Comunidad, cultura"))],
        ),
    )
    for name, media_kind, reach, coverage, staff in outlets:
        slug = OUTLET_DOMAINS[name]
        outlet = _entity(
            actor,
            name,
            kind="MEDIO",
            level="PROVINCIAL",
            ubigeo=PROVINCE,
            media_kind=media_kind,
            media_reach=reach,
            media_coverage=coverage,
            email=f"redaccion@{slug}.example.pe",
            tags=["Prensa local"],
        )
        for order, (title, person_args) in enumerate(staff, start=1):
            person_args[2]["institutional_email"] = f"{fold(person_args[0].split()[0])}@{slug}.example.pe"
            person_args[2]["tags"] = ["Periodistas"]
            _holder(actor, outlet, title, person_args, order_in_entity=order)

    # ---- saved lists
    if not MailingList.objects.filter(name="Medios locales").exists():
        MailingList.objects.create(
            name="Medios locales",
            purpose="Envío de notas de prensa e invitaciones a cobertura",
            filters={"kind": "MEDIO"},
            created_by=actor,
        )
    if not MailingList.objects.filter(name="Autoridades de la provincia (mesa de honor)").exists():
        MailingList.objects.create(
            name="Autoridades de la provincia (mesa de honor)",
            purpose="Invitaciones a actos oficiales",
            filters={"ubigeo": PROVINCE},
            scope=RecipientScope.HEAD_TABLE,
            created_by=actor,
        )


@register_demo_loader
def load_verification_demo(actor) -> None:
    """Most records were checked recently; a few were not, so the 'to verify' list shows its purpose."""
    from datetime import timedelta

    now = timezone.now()
    if Entity.objects.filter(verified_at__isnull=False).exists():
        return
    stale = {"Junta Vecinal Los Pinos", "Asociación de Pescadores Artesanales San Pedro", "Candelaria Noticias"}
    for index, entity in enumerate(Entity.objects.exclude(name__in=stale).order_by("pk")):
        Entity.objects.filter(pk=entity.pk).update(verified_at=now - timedelta(days=7 + index * 3), verified_by=actor)
    for index, person in enumerate(Person.objects.order_by("pk")):
        if index % 6:
            Person.objects.filter(pk=person.pk).update(verified_at=now - timedelta(days=5 + index), verified_by=actor)


@register_demo_loader
def load_coordination_demo(actor) -> None:
    from datetime import timedelta

    from heraldo.core.models import User
    from heraldo.directory.models import Coordination
    from heraldo.directory.services.coordination import coordination_create, followup_create

    today = timezone.localdate()
    police = Entity.objects.filter(name="Comisaría PNP Santa Candelaria del Mar").first()
    province = Entity.objects.filter(name="Municipalidad Provincial de Puerto Alto").first()
    if police is None or province is None or Coordination.objects.filter(entity=police).exists():
        return
    owner = User.objects.filter(username="protocolo").first() or actor
    meeting = coordination_create(
        actor=actor,
        entity=police,
        data={
            "kind": "REUNION",
            "occurred_on": today - timedelta(days=6),
            "subject": "Seguridad para el desfile cívico del aniversario",
            "summary": "La comisaría dispondrá 20 efectivos y el cierre de la Av. Grau de 8:00 a 12:00.",
            "other_participants": "Subgerencia de Seguridad Ciudadana",
        },
        participants=[t.person for t in police.positions.first().terms.all()[:1]] if police.positions.exists() else [],
    )
    followup_create(
        actor=actor,
        coordination=meeting,
        title="Enviar oficio con el recorrido final del desfile",
        due_on=today + timedelta(days=2),
        owner=owner,
    )
    coordination_create(
        actor=actor,
        entity=province,
        data={
            "kind": "OFICIO_ENVIADO",
            "occurred_on": today - timedelta(days=20),
            "subject": "Invitación a la sesión solemne por el aniversario distrital",
            "reference": "Oficio N.° 045-2026-MDSCM/UII",
        },
    )
    _load_last_month_coordination(actor, police=police, province=province)
    coordination_create(
        actor=actor,
        entity=province,
        data={
            "kind": "CONVENIO",
            "occurred_on": today - timedelta(days=200),
            "subject": "Convenio de cooperación para la difusión de campañas de salud",
            "agreement_until": today + timedelta(days=530),
        },
    )


# Last month's coordination, for the monthly report: (entity, kind, day of last month, subject, reference)
_LAST_MONTH_COORDINATION = (
    ("police", "REUNION", 4, "Plan de seguridad para la feria del Mercado Central", ""),
    (
        "province",
        "OFICIO_ENVIADO",
        8,
        "Pedido de apoyo con unidades de limpieza para el malecón",
        "Oficio N.° 038-2026-MDSCM/UII",
    ),
    (
        "province",
        "OFICIO_RECIBIDO",
        13,
        "Convocatoria a la mesa provincial de comunicadores",
        "Oficio N.° 211-2026-MPPA/GM",
    ),
    ("police", "LLAMADA", 18, "Cierre de vías durante la inauguración del parque de Villa del Mar", ""),
    ("province", "REUNION", 25, "Campaña conjunta de vacunación escolar: mensajes y fechas", ""),
)


def _load_last_month_coordination(actor, *, police: Entity, province: Entity) -> None:
    from heraldo.core.demo import demo_day_in_last_month
    from heraldo.directory.services.coordination import coordination_create

    entities = {"police": police, "province": province}
    for entity, kind, day, subject, reference in _LAST_MONTH_COORDINATION:
        coordination_create(
            actor=actor,
            entity=entities[entity],
            data={
                "kind": kind,
                "occurred_on": demo_day_in_last_month(day),
                "subject": subject,
                "reference": reference,
            },
        )
