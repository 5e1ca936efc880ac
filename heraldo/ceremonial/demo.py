"""Demo agenda: a month of the Mayor's activities around today (invented names only)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from heraldo.ceremonial.models import (
    Attendance,
    AttendanceRequest,
    Event,
    EventStatus,
    EventType,
    Guest,
    OrganiserKind,
    RsvpChannel,
    RsvpStatus,
)
from heraldo.ceremonial.recurrence import LIMA
from heraldo.ceremonial.selectors import place_key
from heraldo.ceremonial.services.occurrences import occurrences_rebuild
from heraldo.core.demo import demo_day_in_last_month, register_demo_loader

_NAMESPACE = uuid.UUID("7b0e5c1e-5a43-4d0c-9b1f-1f4f6d0f2a11")

# (slug, day offset from today, start, minutes, type, title, place, status, public)
_DEMO_EVENTS = (
    (
        "coordinacion-seguridad",
        -6,
        time(9, 0),
        90,
        EventType.REUNION_COORDINACION,
        "Reunión de coordinación con el Comité Distrital de Seguridad Ciudadana",
        "Sala de Regidores",
        EventStatus.REALIZADO,
        True,
    ),
    (
        "conferencia-presupuesto",
        -3,
        time(11, 0),
        60,
        EventType.CONFERENCIA_PRENSA,
        "Conferencia de prensa: presupuesto participativo 2027",
        "Auditorio municipal",
        EventStatus.REALIZADO,
        True,
    ),
    (
        "visita-mercado",
        -1,
        time(7, 30),
        120,
        EventType.VISITA,
        "Visita de inspección al Mercado Modelo",
        "Mercado Modelo de Santa Candelaria",
        EventStatus.REALIZADO,
        True,
    ),
    (
        "audiencia-vecinos",
        0,
        time(10, 0),
        60,
        EventType.REUNION_COORDINACION,
        "Audiencia con la Junta Vecinal de Las Lomas",
        "Despacho de Alcaldía",
        EventStatus.CONFIRMADO,
        True,
    ),
    (
        "inauguracion-losa",
        0,
        time(16, 0),
        90,
        EventType.INAUGURACION,
        "Inauguración de la losa deportiva del AA.HH. Villa Esperanza",
        "Losa deportiva Villa Esperanza",
        EventStatus.CONFIRMADO,
        True,
    ),
    (
        "sesion-solemne",
        9,
        time(10, 0),
        150,
        EventType.SESION_SOLEMNE,
        "Sesión solemne por el aniversario de creación del distrito",
        "Salón de actos de la Municipalidad",
        EventStatus.CONFIRMADO,
        True,
    ),
    (
        "te-deum",
        9,
        time(8, 0),
        60,
        EventType.TE_DEUM,
        "Misa y Te Deum por el aniversario del distrito",
        "Parroquia Nuestra Señora de la Candelaria",
        EventStatus.CONFIRMADO,
        True,
    ),
    (
        "reunion-seguridad-reservada",
        4,
        time(18, 0),
        60,
        EventType.REUNION_COORDINACION,
        "Reunión con la Comisaría sobre el plan de seguridad de fiestas",
        "Comisaría de Santa Candelaria",
        EventStatus.CONFIRMADO,
        True,
    ),
    (
        "foro-regional",
        14,
        time(9, 0),
        240,
        EventType.ACTO_OFICIAL,
        "Foro regional de alcaldes sobre gestión de riesgos",
        "Auditorio del Gobierno Regional",
        EventStatus.SOLICITADO,
        False,
    ),
    (
        "entrega-kits",
        19,
        time(15, 0),
        90,
        EventType.ACTO_OFICIAL,
        "Entrega de kits escolares en la I.E. N.° 2041",
        "I.E. N.° 2041 Santa Candelaria",
        EventStatus.CONFIRMADO,
        True,
    ),
    (
        "conferencia-lluvias",
        24,
        time(11, 0),
        60,
        EventType.CONFERENCIA_PRENSA,
        "Conferencia de prensa: plan de contingencia por lluvias",
        "Auditorio municipal",
        EventStatus.SOLICITADO,
        False,
    ),
)


# Last month's acts, for the monthly report: (slug, day of last month, start, minutes, type, title, place,
# represented by the Teniente Alcalde instead of the Mayor)
_LAST_MONTH_EVENTS = (
    (
        "lm-sesion-concejo",
        3,
        time(10, 0),
        120,
        EventType.ACTO_OFICIAL,
        "Sesión ordinaria de concejo",
        "Salón de actos de la Municipalidad",
        False,
    ),
    (
        "lm-entrega-obra-pistas",
        6,
        time(11, 0),
        90,
        EventType.INAUGURACION,
        "Entrega de la obra de pavimentación de la calle Los Pescadores",
        "Calle Los Pescadores, cuadra 3",
        False,
    ),
    (
        "lm-coordinacion-salud",
        9,
        time(9, 30),
        60,
        EventType.REUNION_COORDINACION,
        "Coordinación con el centro de salud sobre la campaña de vacunación escolar",
        "Sala de Regidores",
        True,
    ),
    (
        "lm-conferencia-predial",
        12,
        time(11, 0),
        60,
        EventType.CONFERENCIA_PRENSA,
        "Conferencia de prensa: cronograma del impuesto predial",
        "Auditorio municipal",
        False,
    ),
    (
        "lm-visita-colegio",
        16,
        time(8, 30),
        90,
        EventType.VISITA,
        "Visita a la I.E. N.° 2041 por el inicio de las obras de techado",
        "I.E. N.° 2041 Santa Candelaria",
        True,
    ),
    (
        "lm-acto-civico",
        19,
        time(8, 0),
        60,
        EventType.ACTO_OFICIAL,
        "Acto cívico por el aniversario de la Policía Nacional",
        "Comisaría de Santa Candelaria",
        True,
    ),
    (
        "lm-inauguracion-parque",
        23,
        time(16, 0),
        90,
        EventType.INAUGURACION,
        "Inauguración del parque infantil del AA.HH. Villa del Mar",
        "Parque Villa del Mar",
        False,
    ),
    (
        "lm-conferencia-limpieza",
        26,
        time(11, 0),
        60,
        EventType.CONFERENCIA_PRENSA,
        "Conferencia de prensa: nuevo horario del recojo de residuos sólidos",
        "Auditorio municipal",
        False,
    ),
)


def _load_last_month(actor, today: date) -> None:
    """Acts held last month, most with the Mayor and some with his representative, so the monthly report has them."""
    from heraldo.directory.models import Person

    representative = (
        Person.objects.filter(terms__position__office_code="TENIENTE_ALCALDE_DISTRITAL").order_by("pk").first()
    )
    for slug, day, clock, minutes, kind, title, place, represented in _LAST_MONTH_EVENTS:
        start = _at(demo_day_in_last_month(day, today), clock)
        by_representative = represented and representative is not None
        Event.objects.get_or_create(
            uid=_uid(slug),
            defaults={
                "title": title,
                "event_type": kind,
                "status": EventStatus.REALIZADO,
                "starts_at": start,
                "ends_at": start + timedelta(minutes=minutes),
                "place": place,
                "place_key": place_key(place),
                "organiser_kind": OrganiserKind.OWN,
                "attendance": Attendance.REPRESENTATIVE if by_representative else Attendance.MAYOR,
                "representative": representative if by_representative else None,
                "representative_role": "Teniente Alcalde" if by_representative else "",
                "is_public": True,
                "created_by": actor,
            },
        )


def _uid(slug: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, slug)


def _at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=LIMA)


@register_demo_loader
def load_agenda_demo(actor) -> None:
    today = timezone.localdate()
    sunday = today - timedelta(days=(today.weekday() + 1) % 7 + 7)
    defaults = {
        "title": "Izamiento dominical del Pabellón Nacional",
        "event_type": EventType.IZAMIENTO,
        "status": EventStatus.CONFIRMADO,
        "starts_at": _at(sunday, time(8, 0)),
        "ends_at": _at(sunday, time(8, 45)),
        "place": "Plaza de Armas",
        "place_key": place_key("Plaza de Armas"),
        "description": "Ceremonia cívica dominical con las autoridades políticas del distrito (D.S. 127-2025-PCM).",
        "rrule": "FREQ=WEEKLY;BYDAY=SU",
        "is_public": True,
        "created_by": actor,
    }
    Event.objects.get_or_create(uid=_uid("izamiento-dominical"), defaults=defaults)
    for slug, offset, clock, minutes, kind, title, place, status, public in _DEMO_EVENTS:
        start = _at(today + timedelta(days=offset), clock)
        withhold = slug == "reunion-seguridad-reservada"
        Event.objects.get_or_create(
            uid=_uid(slug),
            defaults={
                "title": title,
                "event_type": kind,
                "status": status,
                "starts_at": start,
                "ends_at": start + timedelta(minutes=minutes),
                "place": place,
                "place_key": place_key(place),
                "organiser_kind": OrganiserKind.OWN,
                "attendance": Attendance.MAYOR,
                "is_public": public,
                "withhold_details": withhold,
                "withhold_reason": "Seguridad de las autoridades (Ley 27806, art. 15)" if withhold else "",
                "created_by": actor,
            },
        )

    _load_last_month(actor, today)
    _load_requests(actor, today)
    _load_ceremony(actor, today)
    # The demo writes its events directly, as a bulk load does: the agenda's occurrence days are built after.
    occurrences_rebuild()


_DEMO_REQUESTS = (
    (
        "Gobierno Regional de Costa Serena",
        "Oficio N.° 212-2026-GRCS/GR",
        "Foro regional de alcaldes sobre gestión de riesgos",
        14,
        time(9, 0),
        240,
        "Auditorio del Gobierno Regional",
    ),
    (
        "Institución Educativa N.° 2041",
        "Carta s/n",
        "Clausura del año escolar",
        21,
        time(10, 0),
        120,
        "Patio de honor de la I.E. N.° 2041",
    ),
    (
        "Asociación de Comerciantes del Mercado Modelo",
        "Carta N.° 08-2026-ACMM",
        "Aniversario de la asociación",
        12,
        time(19, 0),
        120,
        "Local de la asociación",
    ),
)


def _load_requests(actor, today: date) -> None:
    if AttendanceRequest.objects.filter(inviting_name__in=[r[0] for r in _DEMO_REQUESTS]).exists():
        return
    for name, reference, title, offset, clock, minutes, place in _DEMO_REQUESTS:
        start = _at(today + timedelta(days=offset), clock)
        AttendanceRequest.objects.create(
            inviting_name=name,
            reference=reference,
            received_on=today - timedelta(days=3),
            title=title,
            starts_at=start,
            ends_at=start + timedelta(minutes=minutes),
            place=place,
            answer_by=today + timedelta(days=offset // 2),
            created_by=actor,
        )


def _load_ceremony(actor, today: date) -> None:
    """The anniversary solemn session: run-of-show from the template and guests from the demo Registro."""
    from heraldo.ceremonial.services.ceremony import guests_add, programme_apply_template
    from heraldo.directory.selectors import current_terms

    event = Event.objects.filter(uid=_uid("sesion-solemne")).first()
    if event is None:
        return
    if not event.programme.exists():
        programme_apply_template(actor=actor, event=event)
    if event.guests.exists():
        return
    day = timezone.localtime(event.starts_at).date()
    terms = (
        current_terms(on=day)
        .exclude(position__office_code="")
        .order_by("position__entity__level", "position__order_in_entity", "pk")
    )
    persons, seen = [], set()
    for term in terms:
        if term.person_id not in seen:
            seen.add(term.person_id)
            persons.append(term.person)
        if len(persons) == 15:
            break
    guests = guests_add(actor=actor, event=event, persons=persons)
    for index, guest in enumerate(guests):
        if index % 3 == 0:
            Guest.objects.filter(pk=guest.pk).update(rsvp_status=RsvpStatus.ACCEPTED, rsvp_channel=RsvpChannel.PHONE)
        elif index % 5 == 1:
            Guest.objects.filter(pk=guest.pk).update(rsvp_status=RsvpStatus.DECLINED, rsvp_channel=RsvpChannel.LETTER)
