"""Reads of the agenda that span models: occurrences in a window, conflicts, today."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from django.db import connection
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Window,
)
from django.db.models.functions import RowNumber

from heraldo.ceremonial.models import (
    Attendance,
    Event,
    EventStatus,
    Guest,
    OccurrenceDay,
    OccurrenceException,
    OccurrenceHorizon,
    OrganiserKind,
)
from heraldo.ceremonial.recurrence import LIMA, Occurrence, expand
from heraldo.core.text import fold

# Cancelled events free the Mayor, the representative and the venue.
ACTIVE_STATUSES = (EventStatus.SOLICITADO, EventStatus.CONFIRMADO, EventStatus.REPROGRAMADO, EventStatus.REALIZADO)


def place_key(place: str) -> str:
    return " ".join(fold(place).split())


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, tzinfo=LIMA)
    return start, start + timedelta(days=1)


# A series can reach the window once it has started; a moved occurrence may come from up to a year away.
SERIES_REACH = timedelta(days=366)


def _may_overlap(window_start: datetime, window_end: datetime) -> Q:
    single = Q(rrule="", starts_at__lt=window_end, ends_at__gt=window_start)
    # A series can reach the window once it has started; a moved occurrence may
    # come from anywhere in the series, so series are all taken and expanded.
    series = ~Q(rrule="") & Q(starts_at__lt=window_end + SERIES_REACH)
    return single | series


def events_overlapping(window_start: datetime, window_end: datetime, base: QuerySet | None = None) -> QuerySet:
    """Events with at least one occurrence that may overlap the window (one query plus one for exceptions)."""
    base = base if base is not None else Event.objects.all()
    return (
        base.filter(_may_overlap(window_start, window_end))
        .select_related("representative", "organiser_entity")
        .prefetch_related(Prefetch("exceptions", queryset=OccurrenceException.objects.all()))
    )


def occurrences_between(
    window_start: datetime,
    window_end: datetime,
    *,
    base: QuerySet | None = None,
    horizon: OccurrenceHorizon | None = None,
) -> list[Occurrence]:
    """The occurrences overlapping the window, in order of start, of the events in `base` (all by default).

    Read from the occurrence days when the window lies within their horizon (three queries: the horizon, unless
    the caller has read it, the window's rows and the whole rows of the events shown); expanded from the
    events' dates otherwise.
    """
    if not _within_horizon(window_start, window_end, horizon):
        return _expanded_between(window_start, window_end, base=base)
    return _with_events(_window_rows(window_start, window_end, base=base))


def occurrence_horizon() -> OccurrenceHorizon | None:
    """The occurrence days' horizon and the count of the agenda's changes; None while the days were never built."""
    return OccurrenceHorizon.objects.first()


def agenda_change_count() -> int | None:
    """The horizon's count of the agenda's changes alone (None while the days were never built), read through the
    cursor: the public agenda makes this read for every visitor it answers from the cache, and the ORM's
    `first()` cost ten times the query."""
    quote = connection.ops.quote_name
    meta = OccurrenceHorizon._meta
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote(meta.get_field('version').column)} FROM {quote(meta.db_table)} "  # noqa: S608  the model's names
            f"ORDER BY {quote(meta.pk.column)} LIMIT 1"
        )
        row = cursor.fetchone()
    return None if row is None else row[0]


def _within_horizon(window_start: datetime, window_end: datetime, horizon: OccurrenceHorizon | None = None) -> bool:
    horizon = horizon or occurrence_horizon()
    return horizon is not None and horizon.starts_at <= window_start and window_end <= horizon.ends_at


_ROW_FIELDS = ("event_id", "starts_at", "ends_at", "original_start", "moved")


def _window_rows(
    window_start: datetime, window_end: datetime, *, base: QuerySet | None, from_day: date | None = None
) -> QuerySet:
    """The occurrence days that list each occurrence overlapping the window once, in order of (start, event).

    An occurrence is taken on the day it begins, or on the window's first day when it began before: so the order
    of (day, start, event), which the index gives without sorting, is the order of (start, event).
    """
    first_day = window_start.astimezone(LIMA).date()
    last_day = (window_end - timedelta(microseconds=1)).astimezone(LIMA).date()
    rows = OccurrenceDay.objects.filter(
        Q(day=first_day) | Q(first_day=True),
        day__gte=max(first_day, from_day) if from_day else first_day,
        day__lte=last_day,
        starts_at__lt=window_end,
        ends_at__gt=window_start,
    )
    if base is not None:
        # Asked row by row, as SQLite would otherwise walk every event of `base` instead of the window's days.
        rows = rows.filter(Exists(base.order_by().filter(pk=OuterRef("event_id"))))
    return rows.order_by("day", "starts_at", "event_id").values_list(*_ROW_FIELDS)


def _events_by_pk(pks: set[int]) -> dict[int, Event]:
    if not pks:
        return {}
    shown = Event.objects.filter(pk__in=pks).select_related("representative", "organiser_entity")
    return {event.pk: event for event in shown}


# What a cell of the month's grid shows of an event: a month holds up to 168 of them, read without the rest of
# their rows (descriptions, logistics) or their representatives and organisers.
MONTH_CELL_FIELDS = ("pk", "title", "event_type", "status", "rrule")


def _with_events(rows) -> list[Occurrence]:
    """The occurrences of the rows, with the whole rows (representative and organiser too) of their events."""
    rows = list(rows)
    whole = _events_by_pk({row[0] for row in rows})
    return [
        Occurrence(whole[event_id], starts_at, ends_at, original_start, moved)
        for event_id, starts_at, ends_at, original_start, moved in rows
        if event_id in whole
    ]


def _expanded_between(
    window_start: datetime, window_end: datetime, *, base: QuerySet | None = None
) -> list[Occurrence]:
    """The occurrences overlapping the window, in order of start, expanded from the events' dates.

    Every series that has begun may reach the window, so all are expanded; a year's agenda holds a hundred
    of them, and a day or a week shows a handful. So the series are expanded from their dates alone, and the
    whole rows (with the representative and the organiser) are read only for the events the window shows.
    """
    base = (base if base is not None else Event.objects.all()).order_by()
    # Two index searches in one query: the single events that end after the window opens (on the index of
    # rrule, ends_at and starts_at, which answers without reading the rows of years of past acts) and every
    # series (a few hundred, on the rrule index; the ones starting too late are left out below, as a bound on
    # starts_at in the query would make SQLite take the starts_at index instead). Unordered: an ORDER BY
    # starts_at made SQLite walk the whole table by that index (85 ms for today among 50,000 acts, not 3).
    fields = ("pk", "starts_at", "ends_at", "rrule")
    singles = base.filter(rrule="", ends_at__gt=window_start, starts_at__lt=window_end).only(*fields)
    series = base.filter(rrule__gt="").only(*fields)
    candidates = [
        event
        for event in singles.union(series, all=True)
        if not event.rrule or event.starts_at < window_end + SERIES_REACH
    ]
    exceptions: dict[int, list[OccurrenceException]] = {}
    series_ids = [event.pk for event in candidates if event.rrule]
    if series_ids:
        for exception in OccurrenceException.objects.filter(event_id__in=series_ids):
            exceptions.setdefault(exception.event_id, []).append(exception)
    found: list[Occurrence] = []
    for event in candidates:
        found.extend(
            expand(event, window_start=window_start, window_end=window_end, exceptions=exceptions.get(event.pk, []))
        )
    if not found:
        return []
    shown = base.filter(pk__in={o.event.pk for o in found}).select_related("representative", "organiser_entity")
    whole = {event.pk: event for event in shown}
    occurrences = [replace(o, event=whole[o.event.pk]) for o in found]
    occurrences.sort(key=lambda o: (o.starts_at, o.event.pk))
    return occurrences


def group_by_day(occurrences, days: list[date]) -> dict[date, list[Occurrence]]:
    """The occurrences under every one of the days they touch, in their order."""
    by_day: dict[date, list[Occurrence]] = {day: [] for day in days}
    for occurrence in occurrences:
        first = occurrence.starts_at.astimezone(LIMA).date()
        last = (occurrence.ends_at - timedelta(microseconds=1)).astimezone(LIMA).date()
        day = max(first, days[0])
        while day <= min(last, days[-1]):
            by_day[day].append(occurrence)
            day += timedelta(days=1)
    return by_day


@dataclass(frozen=True)
class DayOccurrences:
    """The first occurrences of a day (in order of start) and how many the day holds in all."""

    first: list[Occurrence]
    count: int


def occurrences_by_day(first_day: date, last_day: date, *, per_day: int) -> dict[date, DayOccurrences]:
    """For each day from first_day to last_day, its first `per_day` occurrences (an occurrence counts on every
    day it touches) and the day's total: a month's grid shows a few a day of the hundreds the month holds.
    Their events carry only MONTH_CELL_FIELDS."""
    days = [first_day + timedelta(days=n) for n in range((last_day - first_day).days + 1)]
    window_start, window_end = day_bounds(first_day)[0], day_bounds(last_day)[1]
    if not _within_horizon(window_start, window_end):
        by_day = group_by_day(_expanded_between(window_start, window_end), days)
        return {day: DayOccurrences(found[:per_day], len(found)) for day, found in by_day.items()}
    in_order = [F("starts_at").asc(), F("event_id").asc()]
    rows = (
        OccurrenceDay.objects.filter(day__gte=first_day, day__lte=last_day)
        .annotate(
            place_in_day=Window(RowNumber(), partition_by=[F("day")], order_by=in_order),
            day_count=Window(Count("pk"), partition_by=[F("day")]),
        )
        .filter(place_in_day__lte=per_day)
        .order_by("day", "starts_at", "event_id")
        .values_list("day", "day_count", *_ROW_FIELDS)
    )
    rows = list(rows)
    events = Event.objects.filter(pk__in={row[2] for row in rows}).only(*MONTH_CELL_FIELDS) if rows else []
    whole = {event.pk: event for event in events}
    first: dict[date, list[Occurrence]] = {day: [] for day in days}
    counts = dict.fromkeys(days, 0)
    for day, day_count, event_id, starts_at, ends_at, original_start, moved in rows:
        counts[day] = day_count
        if event_id in whole:
            first[day].append(Occurrence(whole[event_id], starts_at, ends_at, original_start, moved))
    return {day: DayOccurrences(first[day], counts[day]) for day in days}


class _OccurrenceWindow:
    """The occurrences of a window as a sequence a paginator counts and slices, reading one page of rows."""

    def __init__(self, rows: QuerySet):
        self._rows = rows

    def count(self) -> int:
        return self._rows.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            return _with_events(self._rows[index])
        return _with_events(self._rows[index : index + 1])[0]


def occurrences_paginable(window_start: datetime, window_end: datetime):
    """The occurrences overlapping the window, in order of start, for a paginator: within the occurrence days'
    horizon only the page asked for is read."""
    if not _within_horizon(window_start, window_end):
        return _expanded_between(window_start, window_end)
    return _OccurrenceWindow(_window_rows(window_start, window_end, base=None))


# The list fills its page from a week's occurrences, doubling the span only while the page is not full.
FIRST_SPAN = timedelta(days=7)


@dataclass(frozen=True)
class OccurrencePage:
    """One page of a dated list: its occurrences and where the next page starts (None on the last)."""

    occurrences: list[Occurrence]
    next_from: tuple[datetime, int] | None

    @property
    def object_list(self) -> list[Occurrence]:  # read by the shared list templates, like a Paginator's page
        return self.occurrences

    def __iter__(self):
        return iter(self.occurrences)


def occurrences_page(
    window_start: datetime,
    window_end: datetime,
    *,
    size: int,
    start_from: tuple[datetime, int] | None = None,
    base: QuerySet | None = None,
) -> OccurrencePage:
    """The occurrences of [window_start, window_end) in order of (start, event), from `start_from` on.

    Within the occurrence days' horizon, one query reads the page's rows. Outside it, series are expanded only
    over the span that fills the page, not over the whole window: with 2,000 events, expanding two months to
    show 25 rows made the list the agenda's slowest page.
    """
    if _within_horizon(window_start, window_end):
        rows = _window_rows(
            window_start,
            window_end,
            base=base,
            from_day=start_from[0].astimezone(LIMA).date() if start_from else None,
        )
        if start_from:
            moment, event_id = start_from
            rows = rows.filter(Q(starts_at__gt=moment) | Q(starts_at=moment, event_id__gte=event_id))
        found = _with_events(rows[: size + 1])
        following = found[size] if len(found) > size else None
        return OccurrencePage(found[:size], (following.starts_at, following.event.pk) if following else None)
    begin = max(window_start, start_from[0]) if start_from else window_start
    span = FIRST_SPAN
    while True:
        end = min(begin + span, window_end)
        found = occurrences_between(begin, end, base=base)
        if start_from:
            found = [o for o in found if (o.starts_at, o.event.pk) >= start_from]
        # Everything starting before `end` is in `found`: a full page (and one more) is final.
        if len(found) > size or end >= window_end:
            break
        span *= 2
    following = found[size] if len(found) > size else None
    return OccurrencePage(found[:size], (following.starts_at, following.event.pk) if following else None)


@dataclass(frozen=True)
class Conflict:
    occurrence: Occurrence
    reasons: tuple[str, ...]  # "mayor", "representative", "venue"


def find_conflicts(
    *,
    starts_at: datetime,
    ends_at: datetime,
    attendance: str,
    representative_id: int | None,
    place: str,
    rrule: str = "",
    exclude_event_id: int | None = None,
    horizon_days: int = 366,
) -> list[Conflict]:
    """Occurrences of other active events that share the Mayor, the representative or the venue.

    For a recurring candidate its occurrences over the next `horizon_days` are checked.
    """
    candidate = Event(starts_at=starts_at, ends_at=ends_at, rrule=rrule)
    wanted_place = place_key(place)
    horizon_end = starts_at + timedelta(days=horizon_days) if rrule else ends_at
    candidate_slots = expand(candidate, window_start=starts_at, window_end=horizon_end, exceptions=[])
    if not candidate_slots:
        return []
    base = Event.objects.filter(status__in=ACTIVE_STATUSES)
    if exclude_event_id:
        base = base.exclude(pk=exclude_event_id)
    people = Q(place_key=wanted_place)
    if attendance == Attendance.MAYOR:
        people |= Q(attendance=Attendance.MAYOR)
    if attendance == Attendance.REPRESENTATIVE and representative_id:
        people |= Q(attendance=Attendance.REPRESENTATIVE, representative_id=representative_id)
    base = base.filter(people)
    window_start = min(slot.starts_at for slot in candidate_slots)
    window_end = max(slot.ends_at for slot in candidate_slots)
    conflicts: dict[tuple[int, datetime], Conflict] = {}
    for other in occurrences_between(window_start, window_end, base=base):
        if not any(slot.starts_at < other.ends_at and other.starts_at < slot.ends_at for slot in candidate_slots):
            continue
        event = other.event
        reasons = []
        if attendance == Attendance.MAYOR and event.attendance == Attendance.MAYOR:
            reasons.append("mayor")
        if (
            attendance == Attendance.REPRESENTATIVE
            and representative_id
            and event.attendance == Attendance.REPRESENTATIVE
            and event.representative_id == representative_id
        ):
            reasons.append("representative")
        if wanted_place and event.place_key == wanted_place:
            reasons.append("venue")
        if reasons:
            conflicts[(event.pk, other.original_start)] = Conflict(other, tuple(reasons))
        if len(conflicts) >= 50:
            break
    return sorted(conflicts.values(), key=lambda c: c.occurrence.starts_at)


@dataclass(frozen=True)
class StaffClash:
    """A person being put on an act while busy: another act they staff, or a task of theirs due at a set time."""

    person: object
    title: str
    starts_at: datetime
    ends_at: datetime | None
    url: str
    kind: str  # "event" or "task"


def staff_clashes(
    *,
    user_ids,
    starts_at: datetime,
    ends_at: datetime,
    rrule: str = "",
    exclude_event_id: int | None = None,
    horizon_days: int = 366,
    limit: int = 50,
) -> list[StaffClash]:
    """What the given people already have while this slot runs: other active acts they staff (every
    occurrence of a series), and their open tasks due at a time inside it. Four queries whatever the sizes."""
    from heraldo.ceremonial.models import EventStaff
    from heraldo.work.models import Task

    user_ids = set(user_ids)
    candidate = Event(starts_at=starts_at, ends_at=ends_at, rrule=rrule)
    horizon_end = starts_at + timedelta(days=horizon_days) if rrule else ends_at
    slots = expand(candidate, window_start=starts_at, window_end=horizon_end, exceptions=[])
    if not slots or not user_ids:
        return []
    window_start = min(slot.starts_at for slot in slots)
    window_end = max(slot.ends_at for slot in slots)
    staffed = EventStaff.objects.filter(user_id__in=user_ids)
    base = Event.objects.filter(status__in=ACTIVE_STATUSES, pk__in=staffed.values("event_id"))
    if exclude_event_id:
        base = base.exclude(pk=exclude_event_id)
    overlapping = [
        other
        for other in occurrences_between(window_start, window_end, base=base)
        if any(slot.starts_at < other.ends_at and other.starts_at < slot.ends_at for slot in slots)
    ][:limit]
    people: dict[int, list] = {}
    for member in staffed.filter(event_id__in={o.event.pk for o in overlapping}).select_related("user"):
        if member.user not in people.setdefault(member.event_id, []):
            people[member.event_id].append(member.user)
    clashes = [
        StaffClash(person, other.event.title, other.starts_at, other.ends_at, other.event.get_absolute_url(), "event")
        for other in overlapping
        for person in people.get(other.event.pk, [])
    ]
    # An act's own staff tasks mirror the acts above; any other task due at a set time is a commitment.
    tasks = (
        Task.objects.filter(
            owner_id__in=user_ids,
            status__in=Task.OPEN_STATUSES,
            due_time__isnull=False,
            due_on__gte=window_start.astimezone(LIMA).date(),
            due_on__lte=window_end.astimezone(LIMA).date(),
        )
        .exclude(origin=Task.Origin.EVENT_STAFF)
        .select_related("owner")
        .order_by("due_on", "due_time", "pk")
    )
    for task in tasks:
        at = datetime.combine(task.due_on, task.due_time, tzinfo=LIMA)
        if any(slot.starts_at <= at < slot.ends_at for slot in slots):
            clashes.append(StaffClash(task.owner, task.title, at, None, task.get_absolute_url(), "task"))
    clashes.sort(key=lambda clash: (clash.starts_at, str(clash.person)))
    return clashes[:limit]


def today_occurrences(now: datetime) -> list[Occurrence]:
    start, end = day_bounds(now.astimezone(LIMA).date())
    return [o for o in occurrences_between(start, end, base=Event.objects.exclude(status=EventStatus.CANCELADO))]


def own_municipality():
    """Our municipality in the Registro (until the Registro's selector exists)."""
    from heraldo.directory.models import Entity

    return Entity.objects.filter(is_own_municipality=True).first()


MAYOR_OFFICE_CODES = ("ALCALDE_DISTRITAL", "ALCALDE_PROVINCIAL")


def host_guest_filter(event: Event) -> Q:
    """The guests who receive the act rather than attend it: at an act our municipality
    organises, the Mayor and whoever represents him. They are on the guest list for the
    precedence plan, but nobody invites the host to his own act."""
    if event.organiser_kind != OrganiserKind.OWN:
        return Q(pk__in=[])
    from heraldo.directory.models import Position

    mayor = Position.objects.filter(entity__is_own_municipality=True, office_code__in=MAYOR_OFFICE_CODES)
    host = Q(position__in=mayor) | Q(represents__in=mayor)
    if event.attendance == Attendance.REPRESENTATIVE and event.representative_id:
        host |= Q(person_id=event.representative_id)
    return host


def guests_with_host_flag(event: Event) -> QuerySet[Guest]:
    """The event's guests, each annotated with `is_host`."""
    return event.guests.annotate(is_host=ExpressionWrapper(host_guest_filter(event), output_field=BooleanField()))


def invitable_guests(event: Event) -> QuerySet[Guest]:
    """The guests who get an invitation, a reminder and a place in the answer counts: all but the host."""
    return event.guests.exclude(host_guest_filter(event))


PUBLIC_STATUSES = (EventStatus.CONFIRMADO, EventStatus.REPROGRAMADO, EventStatus.REALIZADO, EventStatus.CANCELADO)
FEED_PAST_DAYS = 90
FEED_MAX_EVENTS = 2000


def feed_events(*, public: bool, now: datetime) -> QuerySet:
    """Events for a calendar feed: the last three months onwards, series whole.

    The public feed carries only published events the office has agreed to
    (requests not yet confirmed stay private); cancelled ones are kept so
    subscribed calendars remove them.
    """
    since = now - timedelta(days=FEED_PAST_DAYS)
    events = Event.objects.filter(Q(ends_at__gte=since) | ~Q(rrule=""))
    if public:
        events = events.filter(is_public=True, status__in=PUBLIC_STATUSES)
    return (
        events.select_related("representative")
        .prefetch_related("exceptions", "staff__user")
        .order_by("starts_at", "pk")[:FEED_MAX_EVENTS]
    )


def unit_staff(assigned_to: Event | None = None):
    """The accounts of the unit's own staff (a role of the office), plus whoever the event already has."""
    from django.db.models import Q

    from heraldo.core.roles import UNIT_ROLES

    wanted = Q(is_active=True, groups__name__in=UNIT_ROLES)
    if assigned_to is not None and assigned_to.pk:
        wanted |= Q(pk__in=assigned_to.staff.values("user_id"))
    from heraldo.core.models import User

    return User.objects.filter(wanted).distinct().order_by("first_name", "last_name")
