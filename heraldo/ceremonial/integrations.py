"""What the agenda contributes to the rest of Heraldo: the "Hoy" panel, the search box and the
precedence table in force, whose offices the Registro offers as cargo codes."""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from heraldo.ceremonial.permissions import can_manage_agenda, can_read_agenda
from heraldo.core.navigation import Module, register_module
from heraldo.core.search import SearchGroup, SearchHit, register_search_provider
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.directory.office_codes import Office, read_table_in_force_with
from heraldo.work.calendar_sources import CalendarEntry, register_calendar_source
from heraldo.work.subjects import register_subject_gate
from heraldo.work.work_sources import SECTION_LIMIT, WorkItem, WorkSection, register_work_source

register_module(
    Module(
        "agenda",
        _("Agenda y Protocolo"),
        "calendar-event",
        ("access_agenda",),
        "ceremonial:home",
        _(
            "Agenda oficial del Alcalde, ceremonias y actos protocolares, invitados, "
            "precedencia, mesa de honor y guion del maestro de ceremonias."
        ),
        position=10,
    )
)


def _may_open_event(user, event) -> bool:
    """Readers of the agenda open every act; anyone else only an act they staff (see access_event_for_reading)."""
    return can_read_agenda(user) or event.staff.filter(user=user).exists()


register_subject_gate("ceremonial.event", _may_open_event)


# Mi trabajo shows the acts a person staffs this far ahead, and the guests of those acts still to call.
STAFF_DAYS_AHEAD = 7
CALL_DAYS_AHEAD = 14


@register_work_source(position=20)
def agenda_in_my_work(user, now: datetime) -> list[WorkSection]:
    """Mi trabajo: every occurrence of the acts this person staffs in the coming week (series included) and,
    for the acts they staff as protocol in the next two weeks, the guests who have not answered.

    One query when they staff nothing; four at most otherwise (their staffing, the acts, the acts'
    exceptions, the count of guests without an answer)."""
    from datetime import timedelta

    from heraldo.ceremonial.models import Event, EventStaff, StaffRole
    from heraldo.ceremonial.selectors import ACTIVE_STATUSES, occurrences_between

    roles: dict[int, set[str]] = {}
    for event_id, role in EventStaff.objects.filter(user=user).values_list("event_id", "role"):
        roles.setdefault(event_id, set()).add(role)
    occurrences = []
    if roles:
        base = Event.objects.filter(status__in=ACTIVE_STATUSES, pk__in=list(roles))
        occurrences = occurrences_between(now, now + timedelta(days=CALL_DAYS_AHEAD), base=base)
    this_week = [o for o in occurrences if o.starts_at < now + timedelta(days=STAFF_DAYS_AHEAD)]
    sections = [
        WorkSection(
            "staffed_acts",
            _("Actos en los que participa (7 días)"),
            "calendar-event",
            [
                WorkItem(
                    o.event.title,
                    o.event.get_absolute_url(),
                    f"{timezone.localtime(o.starts_at):%d/%m/%Y %H:%M} · {o.event.place}",
                    o.starts_at,
                )
                for o in this_week[:SECTION_LIMIT]
            ],
            total=len(this_week),
            more_url=reverse("work:calendar"),
            empty=_("No está asignado a ningún acto en los próximos 7 días."),
        )
    ]
    to_call = {}
    for occurrence in occurrences:
        if StaffRole.PROTOCOL in roles[occurrence.event.pk]:
            to_call.setdefault(occurrence.event.pk, occurrence)
    if to_call and can_read_agenda(user):
        sections.append(_guests_to_call(to_call))
    return sections


def _guests_to_call(first: dict) -> WorkSection:
    from django.db.models import Count, Q

    from heraldo.ceremonial.models import Event, RsvpStatus

    pending = dict(
        Event.objects.filter(pk__in=list(first))
        .annotate(n=Count("guests", filter=Q(guests__rsvp_status=RsvpStatus.PENDING)))
        .filter(n__gt=0)
        .values_list("pk", "n")
    )
    items = [
        WorkItem(
            first[pk].event.title,
            reverse("ceremonial:guests", args=[pk]),
            str(
                ngettext(
                    "%(n)s invitado sin respuesta · %(day)s", "%(n)s invitados sin respuesta · %(day)s", pending[pk]
                )
                % {"n": pending[pk], "day": f"{timezone.localtime(first[pk].starts_at):%d/%m/%Y}"}
            ),
            first[pk].starts_at,
        )
        for pk in first
        if pk in pending
    ]
    return WorkSection(
        "guests_to_call",
        _("Invitados por llamar"),
        "telephone",
        items[:SECTION_LIMIT],
        total=sum(pending.values()),
        empty=_("Los invitados de sus actos ya respondieron."),
    )


TODAY_AGENDA_SECONDS = 60


@register_panel("agenda", position=10)
def agenda_today_panel(user, now: datetime) -> Panel | None:
    """Today's agenda."""
    if not can_read_agenda(user):
        return None
    from django.core.cache import cache
    from django.utils.translation import get_language

    from heraldo.ceremonial.selectors import today_occurrences

    # Expanding the series for today takes most of the home page's time with years of agenda, and the list is
    # the same for every reader: it is shared for a minute (an act edited now shows on Hoy within the minute).
    key = f"heraldo:today-agenda:{timezone.localtime(now):%Y-%m-%d}:{get_language()}"
    items = cache.get(key)
    if items is None:
        items = [
            PanelItem(
                f"{timezone.localtime(o.starts_at):%H:%M} {o.event.title}",
                reverse("ceremonial:event_detail", args=[o.event.pk]),
                f"{o.event.place} · {o.event.attendance_label()}",
                str(o.event.get_status_display()),
            )
            for o in today_occurrences(now)[:8]
        ]
        cache.set(key, items, TODAY_AGENDA_SECONDS)
    return Panel(
        "agenda",
        _("Agenda de hoy"),
        "calendar-event",
        _("No hay actividades registradas para hoy. Las actividades del Alcalde aparecerán aquí."),
        items=items,
        action_url=reverse("ceremonial:day"),
        action_label=_("Ver el día completo")
        if not can_manage_agenda(user)
        else _("Ver el día y registrar actividades"),
    )


@register_calendar_source
def agenda_on_the_office_calendar(user, first: date, last: date) -> list[CalendarEntry]:
    """The Mayor's activities beside the office's deadlines, for those who may read the agenda."""
    if not can_read_agenda(user):
        return []
    from django.core.cache import cache
    from django.utils.translation import get_language

    from heraldo.ceremonial.selectors import day_bounds, occurrences_between

    # Expanding a month of series took half of the team calendar's time, and the month is the same for
    # every reader of the agenda: shared for a minute, as on Hoy.
    key = f"heraldo:calendar-agenda:{first:%Y-%m-%d}:{last:%Y-%m-%d}:{get_language()}"
    entries = cache.get(key)
    if entries is None:
        window_start, _end = day_bounds(first)
        _start, window_end = day_bounds(last)
        entries = [
            CalendarEntry(
                timezone.localtime(o.starts_at).date(),
                o.event.title,
                reverse("ceremonial:event_detail", args=[o.event.pk]),
                str(_("Agenda del Alcalde")),
                o.starts_at,
            )
            for o in occurrences_between(window_start, window_end)
        ]
        cache.set(key, entries, TODAY_AGENDA_SECONDS)
    return entries


@register_search_provider
def agenda_search(user, query: str) -> SearchGroup | None:
    if not can_read_agenda(user) or len(query) < 2:
        return None
    from heraldo.ceremonial.models import Event

    events = Event.objects.filter(Q(title__icontains=query) | Q(place__icontains=query)).order_by("-starts_at")[:10]
    hits = [
        SearchHit(
            e.title,
            reverse("ceremonial:event_detail", args=[e.pk]),
            f"{timezone.localtime(e.starts_at):%d/%m/%Y} · {e.place}",
        )
        for e in events
    ]
    return SearchGroup(_("Agenda"), hits)


@read_table_in_force_with
def precedence_offices_in_force(day: date) -> list[Office]:
    from heraldo.ceremonial.protocol import table_on

    return [Office(row.office_code, row.label, row.label_feminine) for row in table_on(day).rows_on(day)]


from heraldo.ceremonial import demo  # noqa: E402,F401  registers the demo loader
