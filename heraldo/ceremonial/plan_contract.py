"""The engine's command-line contract (issue 4, documented in docs/ceremonial.md).

`plan_from_contract(data, table)` turns the documented JSON input into engine inputs,
runs the engine and returns the documented JSON output. Bad input raises
ContractError naming the field. Django-free, like the engine.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from heraldo.ceremonial.placement import EvenTableMode
from heraldo.ceremonial.precedence import (
    Attendee,
    Emblem,
    EventClass,
    Host,
    Organiser,
    PrecedenceTable,
    ProtocolOptions,
    Representation,
    RepresentationMode,
    Status,
    compute_protocol,
)

HOST_ENTITY = "HOST"
_HEAD_BY_LEVEL = {
    "distrital": "ALCALDE_DISTRITAL",
    "provincial": "ALCALDE_PROVINCIAL",
    "regional": "GOBERNADOR_REGIONAL",
    "nacional": "PRESIDENTE_REPUBLICA",
}


class ContractError(ValueError):
    """The input does not follow the contract; the message names the field."""


def _date(value: Any, field: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ContractError(f"{field}: fecha no válida {value!r}, use AAAA-MM-DD.") from exc


def _enum(enum, value: Any, field: str):
    try:
        return enum(str(value).upper())
    except ValueError as exc:
        allowed = ", ".join(member.value.lower() for member in enum)
        raise ContractError(f"{field}: valor no válido {value!r}; use uno de: {allowed}.") from exc


def _office(person: dict, field: str) -> str:
    office = str(person.get("office") or "").strip().upper()
    if not office:
        raise ContractError(f"{field}.office: falta el cargo.")
    if office == "MINISTRO":
        ministry = str(person.get("ministry") or "").strip().upper()
        if not ministry:
            raise ContractError(f"{field}.ministry: un ministro necesita su ministerio.")
        return f"MINISTRO_{ministry}"
    return office


def _require(mapping: dict, key: str, field: str):
    if not isinstance(mapping, dict) or key not in mapping:
        raise ContractError(f"{field}.{key}: campo obligatorio.")
    return mapping[key]


def plan_from_contract(data: dict, table: PrecedenceTable) -> dict:
    if not isinstance(data, dict):
        raise ContractError("La entrada debe ser un objeto JSON con 'event' y 'attendees'.")
    event = _require(data, "event", "")
    people = _require(data, "attendees", "")
    if not isinstance(people, list) or not people:
        raise ContractError("attendees: se necesita al menos un asistente.")
    event_date = _date(_require(event, "date", "event"), "event.date")
    kind = _enum(EventClass, event.get("kind", "acto_oficial"), "event.kind")
    host_data = _require(event, "host", "event")
    level = str(_require(host_data, "entity_level", "event.host")).lower()
    if level not in _HEAD_BY_LEVEL:
        raise ContractError(f"event.host.entity_level: use distrital, provincial, regional o nacional, no {level!r}.")
    host_jurisdiction = str(host_data.get("jurisdiction") or "")
    venue = str(event.get("venue_jurisdiction") or host_jurisdiction)
    if len(venue) != 6 or not venue.isdigit():
        raise ContractError("event.venue_jurisdiction: ubigeo de distrito de 6 dígitos.")
    options_data = event.get("options") or {}
    head_office = _HEAD_BY_LEVEL[level]
    co_hosts = [str(i) for i in event.get("co_hosts") or []]
    ids = set()
    attendees = []
    co_organiser = None
    for index, person in enumerate(people):
        field = f"attendees[{index}]"
        if not isinstance(person, dict):
            raise ContractError(f"{field}: debe ser un objeto.")
        attendee_id = str(_require(person, "id", field))
        if attendee_id in ids:
            raise ContractError(f"{field}.id: id repetido {attendee_id!r}.")
        ids.add(attendee_id)
        office = _office(person, field)
        status = _enum(Status, person.get("status", "titular"), f"{field}.status")
        represents = None
        if status is Status.REPRESENTANTE:
            represented = person.get("represents")
            if not isinstance(represented, dict) or not represented.get("office"):
                raise ContractError(f"{field}.represents: un representante indica a quién representa (office).")
            represented_office = str(represented["office"]).upper()
            jurisdiction = represented.get("jurisdiction") or None
            is_host = represented_office == head_office and (jurisdiction in (None, host_jurisdiction))
            represents = Representation(
                office_code=represented_office,
                entity=HOST_ENTITY if is_host else f"{represented_office}:{jurisdiction}",
                jurisdiction=jurisdiction,
            )
        entity = HOST_ENTITY if person.get("host") else str(person.get("entity") or f"E:{attendee_id}")
        if attendee_id in co_hosts:
            entity = f"COHOST:{attendee_id}"
            co_organiser = Organiser(entity=entity, head_office=office)
        try:
            attendees.append(
                Attendee(
                    id=attendee_id,
                    display_name=str(person.get("name") or attendee_id),
                    office_code=office,
                    entity=entity,
                    status=status,
                    represents=represents,
                    jurisdiction=person.get("jurisdiction") or None,
                    jurisdiction_created=_date(person.get("jurisdiction_created"), f"{field}.jurisdiction_created"),
                    list_order=person.get("list_order"),
                    military_grade=person.get("grade"),
                    date_of_grade=_date(person.get("grade_since"), f"{field}.grade_since"),
                    date_assumed_office=_date(person.get("office_since"), f"{field}.office_since"),
                    birth_date=_date(person.get("birth_date"), f"{field}.birth_date"),
                )
            )
        except ValueError as exc:
            raise ContractError(f"{field}: {exc}") from exc
    speakers = tuple(str(p["id"]) for p in people if p.get("speaks"))
    try:
        options = ProtocolOptions(
            event_class=kind,
            head_table_size=event.get("head_table_seats", 5),
            speakers=speakers,
            courtesy_cession_to=str(event["courtesy_cession_to"]) if event.get("courtesy_cession_to") else None,
            representation_mode=_enum(
                RepresentationMode,
                options_data.get("representation_mode", "own_rank"),
                "event.options.representation_mode",
            ),
            courtesy_host_position=int(options_data.get("courtesy_host_position", 2)),
            even_table_mode=_enum(
                EvenTableMode, options_data.get("even_table_mode", "shared_centre"), "event.options.even_table_mode"
            ),
            welcome_by_council=bool(options_data.get("welcome_by_council", False)),
            orator=options_data.get("orator"),
            reader=options_data.get("reader"),
        )
        host = Host(
            organiser=Organiser(entity=HOST_ENTITY, head_office=head_office),
            venue_ubigeo=venue,
            co_organiser=co_organiser,
        )
        plan = compute_protocol(attendees=attendees, host=host, event_date=event_date, table=table, options=options)
    except ContractError:
        raise
    except (ValueError, TypeError) as exc:
        raise ContractError(f"event.options: {exc}") from exc
    flags = {}
    for bearer in plan.flag_raising:
        if bearer.emblem is Emblem.NATIONAL:
            flags["nacional"] = bearer.attendee_id
        elif bearer.emblem is Emblem.MUNICIPAL:
            flags["municipal"] = bearer.attendee_id
        elif bearer.emblem is Emblem.REGIONAL:
            flags["regional"] = bearer.attendee_id
    return {
        "presider": plan.presider_id,
        "head_table": [seat.attendee_id for seat in plan.head_table],
        "front_rows": [row.attendee_id for row in plan.front_rows],
        "speeches": [speech.attendee_id for speech in plan.speeches],
        "flags": flags,
        "warnings": [warning.message for warning in plan.warnings],
    }
