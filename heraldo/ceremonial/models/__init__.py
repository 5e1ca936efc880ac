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
from heraldo.ceremonial.models.feeds import CalendarFeedToken
from heraldo.ceremonial.models.requests import AttendanceRequest, RequestStatus

__all__ = [
    "AttendanceRequest",
    "RequestStatus",
    "CalendarFeedToken",
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
