from heraldo.ceremonial.models.ceremony import Guest, ProgrammeItem, RsvpChannel, RsvpStatus
from heraldo.ceremonial.models.events import (
    STATUS_TRANSITIONS,
    Attendance,
    Event,
    EventStaff,
    EventStatus,
    EventType,
    OccurrenceDay,
    OccurrenceException,
    OccurrenceHorizon,
    OrganiserKind,
    StaffRole,
)
from heraldo.ceremonial.models.precedence import CeremonyScript, PrecedenceTableRow, ProtocolSettings
from heraldo.ceremonial.models.requests import AttendanceRequest, RequestStatus

__all__ = [
    "CeremonyScript",
    "PrecedenceTableRow",
    "ProtocolSettings",
    "Guest",
    "ProgrammeItem",
    "RsvpChannel",
    "RsvpStatus",
    "AttendanceRequest",
    "RequestStatus",
    "STATUS_TRANSITIONS",
    "Attendance",
    "Event",
    "EventStaff",
    "EventStatus",
    "EventType",
    "OccurrenceDay",
    "OccurrenceException",
    "OccurrenceHorizon",
    "OrganiserKind",
    "StaffRole",
]
