"""A person's deadlines as iCalendar (RFC 5545): each open task or encargo on its due day, or at its time.

A deadline without a time is an all-day entry (DTSTART;VALUE=DATE); one with a time is a point in
America/Lima (DTSTART with no DTEND: RFC 5545 §3.6.1, the event ends when it starts). DTSTAMP is
the task's last change, so the same data gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent

from heraldo.work.models import Task

PRODID = "-//Heraldo//Mi trabajo//ES"
LIMA = ZoneInfo("America/Lima")
# A calendar app shows the near future; a person with thousands of open items still gets a feed it can read.
FEED_LIMIT = 1000


def _vevent(task: Task, *, url: str) -> VEvent:
    component = VEvent()
    component.add("uid", f"task-{task.pk}@heraldo")
    component.add("dtstamp", task.updated_at.astimezone(UTC))
    if task.due_time is None:
        component.add("dtstart", task.due_on)
    else:
        component.add("dtstart", datetime.combine(task.due_on, task.due_time, tzinfo=LIMA))
    assignment = getattr(task, "assignment", None) if task.origin == Task.Origin.ASSIGNMENT else None
    summary = _("Vence: %(title)s") % {"title": task.title}
    component.add("summary", summary)
    lines = [str(task.get_origin_display()), _("Prioridad: %(p)s") % {"p": task.get_priority_display()}]
    if assignment is not None:
        lines.append(assignment.document_number)
    if task.description:
        lines.append(task.description)
    component.add("description", "\n".join(lines))
    component.add("url", url)
    component.add("categories", [str(task.get_origin_display())])
    component.add("status", "CONFIRMED")
    return component


def build_deadlines_calendar(tasks: Iterable[Task], *, name: str, url_for: Callable[[Task], str]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "America/Lima")
    for task in tasks:
        calendar.add_component(_vevent(task, url=url_for(task)))
    calendar.add_missing_timezones()
    return calendar.to_ical()
