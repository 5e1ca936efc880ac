"""Runs the precedence engine for an event: attendees built from its guests' cargos in the
Registro, the table from the database, the host from the organiser. No rules live here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from heraldo.ceremonial.models import Event, Guest, OrganiserKind, PrecedenceTableRow, ProtocolSettings, RsvpStatus
from heraldo.ceremonial.placement import EvenTableMode
from heraldo.ceremonial.precedence import (
    AppliedRule,
    Attendee,
    Branch,
    EventClass,
    Host,
    Organiser,
    PrecedenceTable,
    ProtocolOptions,
    ProtocolPlan,
    ProtocolWarning,
    Representation,
    RepresentationMode,
    Sex,
    Status,
    compute_protocol,
    precedence_table_from_rows,
)
from heraldo.directory import military_grades
from heraldo.directory.models import TermStatus
from heraldo.directory.selectors import current_terms, own_municipality

_SEX = {"F": Sex.FEMALE, "M": Sex.MALE}
_MAYOR_CODES = ("ALCALDE_DISTRITAL", "ALCALDE_PROVINCIAL")


def table_on(day: date | None) -> PrecedenceTable:
    """The whole versioned table; the engine picks the rows valid on the act's date."""
    rows = [row.as_engine_row() for row in PrecedenceTableRow.objects.all()]
    return precedence_table_from_rows(rows)


@dataclass(frozen=True)
class EventPlan:
    plan: ProtocolPlan | None
    guests_by_id: dict[str, Guest]
    table: PrecedenceTable
    error: str = ""

    def guest(self, attendee_id: str | None) -> Guest | None:
        return self.guests_by_id.get(attendee_id or "")


def _venue_ubigeo(event: Event) -> str:
    municipality = own_municipality()
    ubigeo = (municipality.ubigeo if municipality else "") or ""
    if (
        event.organiser_kind == OrganiserKind.EXTERNAL
        and event.organiser_entity
        and len(event.organiser_entity.ubigeo or "") == 6
    ):
        ubigeo = event.organiser_entity.ubigeo
    return ubigeo if len(ubigeo) == 6 else "150101"


def _attendee(guest: Guest, terms_by_person: dict) -> Attendee:
    person, position = guest.person, guest.position
    term = terms_by_person.get((person.pk, guest.position_id))
    represents = None
    status = Status.TITULAR
    if guest.represents_id:
        holder = terms_by_person.get(("holder", guest.represents_id))
        represents = Representation(
            office_code=guest.represents.office_code or "",
            entity=str(guest.represents.entity_id),
            jurisdiction=guest.represents.jurisdiction or None,
            person_name=holder.person.full_name if holder else "",
            office_label=guest.represents.title,
        )
        status = Status.REPRESENTANTE
    elif term is not None and term.status == TermStatus.ENCARGADO:
        status = Status.ENCARGADO
    return Attendee(
        id=str(guest.pk),
        display_name=person.full_name,
        office_code=(position.office_code if position else "") or "SIN_CARGO",
        entity=str(position.entity_id) if position else "",
        status=status,
        represents=represents,
        sex=_SEX.get(person.sex, Sex.UNSPECIFIED),
        jurisdiction=(position.jurisdiction or None) if position else None,
        list_order=position.order_in_entity if position else None,
        **_military(person),
        date_assumed_office=term.starts_on if term else None,
        birth_date=person.birth_date,
        sort_name=person.sort_name,
        office_label=position.title_for(person.sex) if position else "sin cargo vigente",
    )


def _military(person) -> dict:
    """Branch, grade on the engine's shared scale, and seniority in grade (PR-06.2)."""
    grade = military_grades.grade(person.military_grade) if person.military_grade else None
    branch = person.military_branch or (grade.branch if grade else "")
    return {
        "military_branch": Branch(branch) if branch else None,
        "military_grade": grade.level if grade else None,
        "date_of_grade": person.date_of_grade if grade else None,
    }


def _host(event: Event, guests: list[Guest], table: PrecedenceTable, day: date) -> Host:
    venue = _venue_ubigeo(event)
    if event.organiser_kind == OrganiserKind.EXTERNAL and event.organiser_entity_id:
        entity_id = event.organiser_entity_id
    else:
        municipality = own_municipality()
        entity_id = municipality.pk if municipality else None
    # The organiser's head: the highest-ranked cargo among the guests from that entity
    # (a mayor for a municipality); a representative stands for the cargo he represents.
    candidates = []
    for guest in guests:
        position = guest.represents if guest.represents_id else guest.position
        if position is None or position.entity_id != entity_id or not position.office_code:
            continue
        row = table.row_for(position.office_code, day)
        if row is not None:
            candidates.append((row.rank, row.suborder, position.office_code))
    head_office = min(candidates)[2] if candidates else "ALCALDE_DISTRITAL"
    return Host(organiser=Organiser(entity=str(entity_id or ""), head_office=head_office), venue_ubigeo=venue)


def _options(event: Event, settings: ProtocolSettings, guest_ids: set[str], speaking: set[str]) -> ProtocolOptions:
    try:
        event_class = EventClass(event.event_type)
    except ValueError:
        event_class = EventClass.ACTO_OFICIAL

    def present(guest_id):
        return str(guest_id) if guest_id and str(guest_id) in guest_ids else None

    speakers = tuple(sorted(speaking & guest_ids))
    return ProtocolOptions(
        event_class=event_class,
        head_table_size=None if event_class is EventClass.JURAMENTACION else settings.head_table_size,
        speakers=speakers,
        orator=present(settings.orator_id),
        reader=present(settings.reader_id),
        courtesy_cession_to=present(settings.courtesy_cession_to_id),
        welcome_by_council=settings.welcome_by_council,
        representation_mode=RepresentationMode(settings.representation_mode),
        courtesy_host_position=settings.courtesy_host_position,
        even_table_mode=EvenTableMode(settings.even_table_mode),
        flag_raising=event_class is EventClass.IZAMIENTO,
    )


def protocol_settings_of(event: Event) -> ProtocolSettings:
    """The act's saved protocol choices, or the defaults unsaved: planning or showing a plan must not write."""
    return ProtocolSettings.objects.filter(event=event).first() or ProtocolSettings(event=event)


def plan_for_event(event: Event) -> EventPlan:
    """The engine's plan for the guests who have not declined."""
    day = timezone.localtime(event.starts_at).date()
    table = table_on(day)
    guests = list(
        event.guests.exclude(rsvp_status=RsvpStatus.DECLINED)
        .select_related("person", "position", "position__entity", "represents")
        .order_by("pk")
    )
    by_id = {str(g.pk): g for g in guests}
    if not guests:
        return EventPlan(None, by_id, table)
    terms = {}
    wanted_positions = {g.position_id for g in guests if g.position_id} | {
        g.represents_id for g in guests if g.represents_id
    }
    for term in current_terms(on=day).filter(position_id__in=wanted_positions):
        terms[(term.person_id, term.position_id)] = term
        terms.setdefault(("holder", term.position_id), term)
    settings = protocol_settings_of(event)
    try:
        plan = compute_protocol(
            attendees=[_attendee(g, terms) for g in guests],
            host=_host(event, guests, table, day),
            event_date=day,
            table=table,
            options=_options(event, settings, set(by_id), {str(g.pk) for g in guests if g.speaks}),
        )
    except ValueError as exc:
        return EventPlan(None, by_id, table, error=str(exc))
    return EventPlan(plan, by_id, table)


# ------------------------------------------------------------------ display

_SPEECH_LABELS = {
    "WELCOME": _("Palabras de bienvenida"),
    "READING": _("Lectura"),
    "ORATION": _("Discurso de orden"),
    "SPEECH": _("Discurso"),
    "CLOSING": _("Palabras de clausura"),
}
_EMBLEM_LABELS = {
    "NATIONAL": _("Pabellón Nacional"),
    "REGIONAL": _("Bandera regional"),
    "MUNICIPAL": _("Bandera del distrito"),
}


def explanation_shown(explanation: ProtocolWarning | AppliedRule) -> str:
    """A warning or an applied rule in the reader's language: the engine keeps the Spanish template and its values."""
    template = gettext(explanation.template)
    return template % explanation.params if explanation.params else template


@dataclass(frozen=True)
class PlacedGuest:
    guest: Guest | None
    title: str
    order: int = 0
    seat: int = 0
    side: str = ""
    row: int = 0

    @property
    def name(self) -> str:
        return self.guest.person.full_name if self.guest else ""


def plan_display(event_plan: EventPlan) -> dict:
    """The plan in the words of the protocol office, guests resolved."""
    plan = event_plan.plan
    if plan is None:
        return {}
    g = event_plan.guest
    head_table = [PlacedGuest(g(s.attendee_id), s.title, order=s.order, seat=s.seat) for s in plan.head_table]
    front = [
        PlacedGuest(g(r.attendee_id), r.title, order=r.order, side=r.side.value, row=r.row, seat=r.seat_from_aisle)
        for r in plan.front_rows
    ]
    speeches = [
        {"kind": _SPEECH_LABELS.get(s.kind.value, s.kind.value), "guest": g(s.attendee_id), "title": s.title}
        for s in plan.speeches
    ]
    flags = [
        {
            "emblem": _EMBLEM_LABELS.get(f.emblem.value, f.emblem.value),
            "guest": g(f.attendee_id),
            "half_mast": f.half_mast,
        }
        for f in plan.flag_raising
    ]
    return {
        "presider": g(plan.presider_id),
        "presidency_rule": plan.presidency_rule,
        "head_table": head_table,
        "front_rows": front,
        "front_left": [p for p in front if p.side == "AUDIENCE_LEFT"],
        "front_right": [p for p in front if p.side == "AUDIENCE_RIGHT"],
        "speeches": speeches,
        "flags": flags,
        "flag_positions": [
            _EMBLEM_LABELS.get(f.emblem.value, f.emblem.value) for f in sorted(plan.flags, key=lambda f: f.position)
        ],
        "greeting": [g(i) for i in plan.greeting_order],
        "warnings": [{"rule": w.rule, "code": w.code, "message": explanation_shown(w)} for w in plan.warnings],
        "applied": [{"rule": a.rule, "message": explanation_shown(a)} for a in plan.applied],
        "standing": plan.formation.value == "STANDING",
        "lectern_right": plan.lectern is not None and plan.lectern.value == "AUDIENCE_RIGHT",
    }
