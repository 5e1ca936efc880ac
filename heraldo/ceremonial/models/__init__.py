from heraldo.ceremonial.models.events import (
    STATUS_TRANSITIONS,
    Attendance,
    Event,
    EventStaff,
    EventStatus,
    EventType,
    OccurrenceException,
    OrganiserKind,
    StaffRole,
)

__all__ = [
    "STATUS_TRANSITIONS",
    "Attendance",
    "Event",
    "EventStaff",
    "EventStatus",
    "EventType",
    "OccurrenceException",
    "OrganiserKind",
    "StaffRole",
]
