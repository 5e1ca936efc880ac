"""iCalendar (RFC 5545) feeds of the agenda: deterministic bytes that phones and Outlook read.

Recurring events carry their RRULE, EXDATE for suspended dates and one extra
VEVENT with RECURRENCE-ID per moved date. Times are in America/Lima with its
VTIMEZONE; DTSTAMP is the event's last change, so the same data gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC

from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent
from icalendar.prop import vRecur

from heraldo.ceremonial.models import Event, EventStatus
from heraldo.ceremonial.recurrence import LIMA
from heraldo.core.branding import municipality_name

_STATUS = {
    EventStatus.SOLICITADO: "TENTATIVE",
    EventStatus.CONFIRMADO: "CONFIRMED",
    EventStatus.REPROGRAMADO: "CONFIRMED",
    EventStatus.REALIZADO: "CONFIRMED",
    EventStatus.CANCELADO: "CANCELLED",
}
PRODID = "-//Heraldo//Agenda del Alcalde//ES"


def _uid(event: Event) -> str:
    return f"{event.uid}@heraldo"


def _text_for(event: Event, *, public: bool) -> dict[str, str]:
    if public and event.withhold_details:
        return {"summary": _("Actividad oficial: %(type)s") % {"type": event.get_event_type_display()}}
    text = {"summary": event.title, "location": event.place}
    lines = [event.get_event_type_display(), event.attendance_label()]
    if event.description:
        lines.append(event.description)
    if not public:
        staff = [f"{s.user.get_full_name() or s.user.username} ({s.get_role_display()})" for s in event.staff.all()]
        if staff:
            lines.append(_("Personal: %(staff)s") % {"staff": ", ".join(staff)})
    text["description"] = "\n".join(lines)
    return text


def _vevent(event: Event, *, start, end, text: dict[str, str], recurrence_id=None, rule: str = "") -> VEvent:
    component = VEvent()
    component.add("uid", _uid(event))
    component.add("dtstamp", event.updated_at.astimezone(UTC))
    component.add("dtstart", start.astimezone(LIMA))
    component.add("dtend", end.astimezone(LIMA))
    if recurrence_id is not None:
        component.add("recurrence-id", recurrence_id.astimezone(LIMA))
    component.add("summary", text["summary"])
    if text.get("location"):
        component.add("location", text["location"])
    if text.get("description"):
        component.add("description", text["description"])
    component.add("status", _STATUS.get(event.status, "CONFIRMED"))
    component.add("sequence", event.sequence)
    component.add("categories", [event.get_event_type_display()])
    if rule:
        component.add("rrule", vRecur.from_ical(rule))
    return component


def build_calendar(events: Iterable[Event], *, name: str, public: bool) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "America/Lima")
    for event in events:
        text = _text_for(event, public=public)
        master = _vevent(event, start=event.starts_at, end=event.ends_at, text=text, rule=event.rrule)
        exceptions = sorted(event.exceptions.all(), key=lambda e: e.original_start)
        cancelled = [e.original_start.astimezone(LIMA) for e in exceptions if e.cancelled]
        if cancelled:
            master.add("exdate", cancelled)
        calendar.add_component(master)
        for exception in exceptions:
            if exception.cancelled or exception.starts_at is None:
                continue
            calendar.add_component(
                _vevent(
                    event,
                    start=exception.starts_at,
                    end=exception.ends_at,
                    text=text,
                    recurrence_id=exception.original_start,
                )
            )
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_name(public: bool) -> str:
    municipality = municipality_name()
    if public:
        return _("Agenda oficial del Alcalde — %(municipality)s") % {"municipality": municipality}
    return _("Agenda del Alcalde (privada) — %(municipality)s") % {"municipality": municipality}
