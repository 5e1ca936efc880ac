"""The cast of the precedence engine's tests and the helpers that read a plan.

The host is the district municipality of San Isidro del Valle (ubigeo 050105), in
the province 0501 of the region 05. Its mayor, Teniente Alcalde and regidores, the
provincial mayor, the regional governor, ministers and the President of the
Republic attend in various combinations.
"""

from datetime import date

from heraldo.ceremonial.precedence import (
    Attendee,
    Host,
    Organiser,
    ProtocolOptions,
    Representation,
    Status,
    compute_protocol,
    precedence_table_from_rows,
)
from heraldo.ceremonial.precedence.provisional_table import PROVISIONAL_TABLE_ROWS

TABLE = precedence_table_from_rows(PROVISIONAL_TABLE_ROWS)
FRIDAY = date(2026, 5, 15)
SUNDAY = date(2026, 5, 17)
MONDAY = date(2026, 5, 18)

REGION, PROVINCE, DISTRICT = "05", "0501", "050105"
NEIGHBOUR_DISTRICT, OTHER_PROVINCE, OTHER_REGION = "050106", "0502", "06"
MD = Organiser(entity="MD-050105", head_office="ALCALDE_DISTRITAL")
MP = Organiser(entity="MP-0501", head_office="ALCALDE_PROVINCIAL")
GORE = "GORE-05"
DISTRICT_ACT = Host(organiser=MD, venue_ubigeo=DISTRICT)
PROVINCIAL_ACT = Host(organiser=MP, venue_ubigeo=DISTRICT)


# ------------------------------------------------------------------------- personas


def person(id, office_code, **fields):
    return Attendee(id=id, display_name=id, office_code=office_code, **fields)


def mayor(id="alcalde", **fields):
    fields = {"entity": MD.entity, "jurisdiction": DISTRICT, **fields}
    return person(id, "ALCALDE_DISTRITAL", **fields)


def regidor(n, **fields):
    """Regidor n of the host council, n being the order in the JEE proclamation."""
    office = "TENIENTE_ALCALDE_DISTRITAL" if n == 1 else "REGIDOR_DISTRITAL"
    fields = {"entity": MD.entity, "jurisdiction": DISTRICT, "list_order": n, **fields}
    return person(f"r{n}", office, **fields)


def elected_regidor(n, **fields):
    """Regidor n as proclaimed by the JEE, sworn in before the council names its Teniente Alcalde."""
    fields = {"entity": MD.entity, "jurisdiction": DISTRICT, "list_order": n, **fields}
    return person(f"r{n}", "REGIDOR_DISTRITAL", **fields)


def council(*numbers):
    return [regidor(n) for n in numbers]


def gerente():
    return person("gerente", "GERENTE_MUNICIPAL", entity=MD.entity, jurisdiction=DISTRICT)


def provincial_mayor(id="alc_prov", **fields):
    fields = {"entity": MP.entity, "jurisdiction": PROVINCE, **fields}
    return person(id, "ALCALDE_PROVINCIAL", **fields)


def governor(id="gob_reg", **fields):
    fields = {"entity": GORE, "jurisdiction": REGION, **fields}
    return person(id, "GOBERNADOR_REGIONAL", **fields)


def minister(ministry, id=None, **fields):
    return person(id or f"min_{ministry.lower()}", f"MINISTRO_{ministry}", **fields)


def president(**fields):
    return person("presidente", "PRESIDENTE_REPUBLICA", entity="PCM", **fields)


def subprefect():
    return person("subprefecto", "SUBPREFECTO_DISTRITAL", jurisdiction=DISTRICT)


def representing(id, office_code, represented_office, represented_entity, **fields):
    represents = Representation(
        office_code=represented_office,
        entity=represented_entity,
        jurisdiction=fields.pop("represented_jurisdiction", None),
    )
    return person(
        id,
        office_code,
        status=Status.REPRESENTANTE,
        represents=represents,
        **fields,
    )


def regidor_representing_the_mayor(id, list_order, **fields):
    """A regidor of the host council named to stand in for the district mayor."""
    fields = {"entity": MD.entity, "jurisdiction": DISTRICT, "list_order": list_order, **fields}
    return representing(id, "REGIDOR_DISTRITAL", "ALCALDE_DISTRITAL", MD.entity, **fields)


def representation_cast():
    """A consejero regional standing in for the own region's governor, the governor
    of another region (level 8, outside his jurisdiction), the vice-governor and the
    provincial mayor."""
    return [
        representing(
            "consejero",
            "CONSEJERO_REGIONAL",
            "GOBERNADOR_REGIONAL",
            GORE,
            entity=GORE,
            jurisdiction=REGION,
            represented_jurisdiction=REGION,
        ),
        governor("gob_otro", entity="GORE-06", jurisdiction=OTHER_REGION),
        person("vicegob", "VICEGOBERNADOR_REGIONAL", entity=GORE, jurisdiction=REGION),
        provincial_mayor(),
        mayor(),
    ]


def plan_for(attendees, *, host=DISTRICT_ACT, day=FRIDAY, table=TABLE, **options):
    return compute_protocol(
        attendees=attendees,
        host=host,
        event_date=day,
        table=table,
        options=ProtocolOptions(**options),
    )


def seat_ids(plan):
    return tuple(seat.attendee_id for seat in plan.head_table)


def speech_ids(plan):
    """Speakers in order; a slot still to be designated shows its kind."""
    return tuple(slot.attendee_id or slot.kind.value for slot in plan.speeches)


def order_of(plan, attendee_id):
    return next(seat.order for seat in plan.head_table if seat.attendee_id == attendee_id)


def traced(plan, rule, *attendee_ids):
    """Whether a rule was traced for exactly these attendees, in this order."""
    return any(a.rule == rule and a.attendee_ids == attendee_ids for a in plan.applied)
