"""Use cases that change the agenda. Each is atomic and audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from heraldo.ceremonial.models import Event, EventStaff, EventStatus, OccurrenceException
from heraldo.ceremonial.recurrence import is_occurrence_of
from heraldo.ceremonial.selectors import find_conflicts, place_key, staff_clashes
from heraldo.ceremonial.services.occurrences import occurrences_sync
from heraldo.core.audit import audit_record
from heraldo.core.writes import AuditedWrite, Refused, StateConflict, write_audited

EVENT_FIELDS = (
    "title",
    "title_article",
    "event_type",
    "starts_at",
    "ends_at",
    "place",
    "address",
    "organiser_kind",
    "organiser_entity",
    "organiser_name",
    "attendance",
    "representative",
    "representative_role",
    "description",
    "rrule",
    "is_public",
    "withhold_details",
    "withhold_reason",
)
OUTCOME_FIELDS = ("outcome_notes", "outcome_links")
# Changing these changes what calendar clients show: iCalendar SEQUENCE goes up.
_SCHEDULE_FIELDS = {"title", "starts_at", "ends_at", "place", "rrule", "status"}


class ConflictsNotConfirmed(StateConflict):
    """The event overlaps others and the user has not confirmed saving anyway."""

    def __init__(self, conflicts):
        super().__init__(
            _("La actividad se cruza con otras; confirme para guardarla de todos modos."),
            code="conflicts",
            payload={
                "conflicts": [
                    {
                        "event": c.occurrence.event.pk,
                        "title": c.occurrence.event.title,
                        "starts_at": c.occurrence.starts_at,
                        "ends_at": c.occurrence.ends_at,
                        "reasons": c.reasons,
                    }
                    for c in conflicts
                ]
            },
        )
        self.conflicts = conflicts


class StaffClashesNotConfirmed(StateConflict):
    """Someone put on the act already has another act or a timed task then, and the user has not confirmed."""

    def __init__(self, clashes):
        super().__init__(
            _("Parte del personal ya tiene otro compromiso a esa hora; confirme para asignarlo de todos modos."),
            code="staff_clashes",
            payload={
                "staff_clashes": [
                    {
                        "user": clash.person.pk,
                        "person": clash.person.get_full_name() or clash.person.username,
                        "kind": clash.kind,
                        "title": clash.title,
                        "starts_at": clash.starts_at,
                        "ends_at": clash.ends_at,
                        "url": clash.url,
                    }
                    for clash in clashes
                ]
            },
        )
        self.clashes = clashes


# Changing these may put the act's staff where they are already busy.
_TIME_FIELDS = {"starts_at", "ends_at", "rrule", "status"}


def _check_staff_clashes(
    event: Event, staff: dict[str, list] | None, *, time_changed: bool, allow_staff_clashes: bool
) -> list:
    """The commitments of the people this save puts on the act (everyone on it, when its time moved);
    refused until the user confirms, like the Mayor's clashes."""
    if event.status == EventStatus.CANCELADO:
        return []
    current = set(event.staff.values_list("user_id", flat=True)) if event.pk else set()
    wanted = {user.pk for users in staff.values() for user in users} if staff is not None else current
    people = wanted if time_changed else wanted - current
    if not people:
        return []
    clashes = staff_clashes(
        user_ids=people,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        rrule=event.rrule,
        exclude_event_id=event.pk,
    )
    if clashes and not allow_staff_clashes:
        raise StaffClashesNotConfirmed(clashes)
    return clashes


def _audit_staff_clashes(write: AuditedWrite, clashes: list) -> None:
    if clashes:
        write.extra["staff_clashes_confirmed"] = [
            None,
            list(dict.fromkeys(f"{clash.person}: {clash.title}" for clash in clashes)),
        ]


def _check_conflicts(event: Event, *, allow_conflicts: bool) -> list:
    if event.status == EventStatus.CANCELADO:
        return []
    return _confirmed_conflicts(
        event, event.starts_at, event.ends_at, rrule=event.rrule, allow_conflicts=allow_conflicts
    )


def _confirmed_conflicts(
    event: Event, starts_at: datetime, ends_at: datetime, *, rrule: str = "", allow_conflicts: bool
) -> list:
    """The events this slot overlaps, once the user has confirmed saving anyway; refused until then."""
    conflicts = find_conflicts(
        starts_at=starts_at,
        ends_at=ends_at,
        attendance=event.attendance,
        representative_id=event.representative_id,
        place=event.place,
        rrule=rrule,
        exclude_event_id=event.pk,
    )
    if conflicts and not allow_conflicts:
        raise ConflictsNotConfirmed(conflicts)
    return conflicts


def _audit_confirmed_conflicts(write: AuditedWrite, conflicts: list) -> None:
    """The audit entry keeps which overlaps the user accepted."""
    if conflicts:
        write.extra["conflicts_confirmed"] = [None, list(dict.fromkeys(str(c.occurrence.event) for c in conflicts))]


def _set_staff(event: Event, staff: dict[str, list] | None) -> bool:
    if staff is None:
        return False
    wanted = {(user.pk, role) for role, users in staff.items() for user in users}
    current = set(event.staff.values_list("user_id", "role"))
    if wanted == current:
        return False
    event.staff.exclude(pk__in=[s.pk for s in event.staff.all() if (s.user_id, s.role) in wanted]).delete()
    EventStaff.objects.bulk_create(
        [EventStaff(event=event, user_id=user_id, role=role) for user_id, role in wanted - current]
    )
    return True


def staff_tasks_sync(*, actor, event: Event) -> None:
    """Each person staffing the act has one office task for it, due when it starts, and is told.

    Someone taken off the act sees their task cancelled; a new date moves the open tasks. The
    task is what puts the act in the person's Mi trabajo and reminders, and what lets a designer
    or an analyst, who cannot read the agenda, open the act's page.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from heraldo.work.models import Task
    from heraldo.work.services.tasks import task_create, task_set_status

    starts = timezone.localtime(event.starts_at)
    roles_by_person: dict[int, list[str]] = {}
    for member in event.staff.select_related("user"):
        roles_by_person.setdefault(member.user_id, []).append(str(member.get_role_display()))
    tasks = Task.objects.filter(
        subject_type=ContentType.objects.get_for_model(Event), subject_id=event.pk, origin=Task.Origin.EVENT_STAFF
    ).exclude(status=Task.Status.CANCELLED)
    has_task = set()
    for task in tasks:
        has_task.add(task.owner_id)
        if task.owner_id not in roles_by_person and task.is_open:
            task_set_status(actor=actor, task=task, status=Task.Status.CANCELLED)
        elif task.is_open and (task.due_on, task.due_time) != (starts.date(), starts.time()):
            Task.objects.filter(pk=task.pk).update(due_on=starts.date(), due_time=starts.time())
    from heraldo.core.models import User

    for person in User.objects.filter(pk__in=set(roles_by_person) - has_task):
        task_create(
            actor=actor,
            data={
                "title": _("Acto: %(title)s") % {"title": event.title},
                "description": _("Su función: %(roles)s. Lugar: %(place)s.")
                % {"roles": ", ".join(roles_by_person[person.pk]), "place": event.place},
                "owner": person,
                "due_on": starts.date(),
                "due_time": starts.time(),
            },
            origin=Task.Origin.EVENT_STAFF,
            subject=event,
        )


@transaction.atomic
def event_create(
    *,
    actor,
    data: dict[str, Any],
    staff: dict[str, list] | None = None,
    allow_conflicts: bool = False,
    allow_staff_clashes: bool = False,
) -> Event:
    """Create an event. Conflicts are re-checked here, inside the transaction
    (SQLite runs it IMMEDIATE, so two bookings of the same slot are serialised)."""
    write = AuditedWrite(
        Event(created_by=actor if getattr(actor, "is_authenticated", False) else None), data=data, fields=EVENT_FIELDS
    )
    event = write.instance
    event.place_key = place_key(event.place)
    event.full_clean(exclude=["created_by"])
    conflicts = _check_conflicts(event, allow_conflicts=allow_conflicts)
    clashes = _check_staff_clashes(event, staff, time_changed=True, allow_staff_clashes=allow_staff_clashes)
    event.save()
    occurrences_sync(event=event)
    _set_staff(event, staff)
    staff_tasks_sync(actor=actor, event=event)
    _audit_confirmed_conflicts(write, conflicts)
    _audit_staff_clashes(write, clashes)
    write.record(actor=actor, action="ceremonial.event.created")
    return event


@transaction.atomic
def event_update(
    *,
    actor,
    event: Event,
    data: dict[str, Any],
    staff: dict[str, list] | None = None,
    allow_conflicts: bool = False,
    allow_staff_clashes: bool = False,
) -> Event:
    write = AuditedWrite(event, data=data, fields=EVENT_FIELDS)
    event = write.instance
    event.place_key = place_key(event.place)
    event.full_clean(exclude=["created_by"])
    changes = write.changes()
    conflicts = _check_conflicts(event, allow_conflicts=allow_conflicts) if changes else []
    clashes = _check_staff_clashes(
        event, staff, time_changed=bool(_TIME_FIELDS & set(changes)), allow_staff_clashes=allow_staff_clashes
    )
    if _SCHEDULE_FIELDS & set(changes):
        event.sequence += 1
    event.save()
    occurrences_sync(event=event)
    if _set_staff(event, staff):
        write.extra["staff"] = [
            None,
            [f"{s.user} ({s.get_role_display()})" for s in event.staff.select_related("user")],
        ]
    staff_tasks_sync(actor=actor, event=event)
    _audit_confirmed_conflicts(write, conflicts)
    _audit_staff_clashes(write, clashes)
    write.record(actor=actor, action="ceremonial.event.updated")
    return event


@transaction.atomic
def event_staff_set(*, actor, event: Event, staff: dict[str, list], allow_staff_clashes: bool = False) -> Event:
    """Put exactly these people on the act, by function; a person already busy then needs confirming."""
    write = AuditedWrite(event, data={}, fields=())
    event = write.instance
    clashes = _check_staff_clashes(event, staff, time_changed=False, allow_staff_clashes=allow_staff_clashes)
    if _set_staff(event, staff):
        write.extra["staff"] = [
            None,
            [f"{s.user} ({s.get_role_display()})" for s in event.staff.select_related("user")],
        ]
    staff_tasks_sync(actor=actor, event=event)
    _audit_staff_clashes(write, clashes)
    write.record(actor=actor, action="ceremonial.event.updated")
    return event


@transaction.atomic
def event_change_status(
    *,
    actor,
    event: Event,
    status: str,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    now: datetime | None = None,
    allow_conflicts: bool = False,
    allow_staff_clashes: bool = False,
) -> Event:
    """Move an event along the workflow. Rescheduling takes the new dates (and re-checks the staff's day)."""
    from django.utils import timezone

    # The transition sets these fields itself, after its checks; the write locks, remembers and audits.
    write = AuditedWrite(event, data={}, fields=("status", "starts_at", "ends_at"))
    event = write.instance
    if status not in EventStatus.values:
        raise Refused(_("Estado desconocido."), field="status")
    if status not in event.next_statuses():
        raise StateConflict(
            _("Una actividad en estado «%(current)s» no puede pasar a «%(wanted)s».")
            % {"current": event.get_status_display(), "wanted": EventStatus(status).label}
        )
    now = now or timezone.now()
    if status == EventStatus.REALIZADO and event.starts_at > now and not event.rrule:
        raise Refused(_("No se puede marcar como realizada una actividad que aún no empieza."))
    if status == EventStatus.REPROGRAMADO:
        if not starts_at or not ends_at:
            raise Refused(_("Para reprogramar indique la nueva fecha de inicio y de fin."), field="starts_at")
        if ends_at <= starts_at:
            raise Refused(_("El fin debe ser posterior al inicio."), field="ends_at")
        event.starts_at, event.ends_at = starts_at, ends_at
    event.status = status
    if status == EventStatus.REPROGRAMADO or status == EventStatus.CONFIRMADO:
        conflicts = _check_conflicts(event, allow_conflicts=allow_conflicts)
        _audit_confirmed_conflicts(write, conflicts)
    if status == EventStatus.REPROGRAMADO:
        clashes = _check_staff_clashes(event, None, time_changed=True, allow_staff_clashes=allow_staff_clashes)
        _audit_staff_clashes(write, clashes)
    event.sequence += 1
    event.save(update_fields=["status", "starts_at", "ends_at", "sequence", "updated_at"])
    occurrences_sync(event=event)
    write.record(actor=actor, action="ceremonial.event.status_changed")
    return event


@transaction.atomic
def occurrence_cancel(*, actor, event: Event, original_start: datetime, note: str = "") -> OccurrenceException:
    """Suspend one occurrence of a series (EXDATE), e.g. a Sunday with a national mourning."""
    _require_occurrence(event, original_start)
    return _occurrence_exception_save(
        actor=actor,
        action="ceremonial.occurrence.cancelled",
        event=event,
        original_start=original_start,
        values={"cancelled": True, "starts_at": None, "ends_at": None, "note": note},
        changes={"occurrence": [None, original_start], "note": [None, note]},
    )


@transaction.atomic
def occurrence_move(
    *,
    actor,
    event: Event,
    original_start: datetime,
    starts_at: datetime,
    ends_at: datetime,
    note: str = "",
    allow_conflicts: bool = False,
) -> OccurrenceException:
    """Move one occurrence of a series (RECURRENCE-ID) without touching the others."""
    _require_occurrence(event, original_start)
    if ends_at <= starts_at:
        raise Refused(_("El fin debe ser posterior al inicio."), field="ends_at")
    _confirmed_conflicts(event, starts_at, ends_at, allow_conflicts=allow_conflicts)
    return _occurrence_exception_save(
        actor=actor,
        action="ceremonial.occurrence.moved",
        event=event,
        original_start=original_start,
        values={"cancelled": False, "starts_at": starts_at, "ends_at": ends_at, "note": note},
        changes={"occurrence": [original_start, starts_at], "note": [None, note]},
    )


def _require_occurrence(event: Event, original_start: datetime) -> None:
    if not event.rrule or not is_occurrence_of(event, original_start):
        raise Refused(_("Esa fecha no es una repetición de la actividad."))


def _occurrence_exception_save(
    *, actor, action: str, event: Event, original_start: datetime, values: dict[str, Any], changes: dict[str, list]
) -> OccurrenceException:
    """Record how one date of the series differs; the new sequence tells subscribed calendars to update it."""
    exception, _created = OccurrenceException.objects.update_or_create(
        event=event, original_start=original_start, defaults=values
    )
    Event.objects.filter(pk=event.pk).update(sequence=event.sequence + 1)
    occurrences_sync(event=event)
    audit_record(actor=actor, action=action, target=event, changes=changes)
    return exception


@transaction.atomic
def occurrence_restore(*, actor, event: Event, original_start: datetime) -> None:
    deleted, _detail = OccurrenceException.objects.filter(event=event, original_start=original_start).delete()
    if deleted:
        Event.objects.filter(pk=event.pk).update(sequence=event.sequence + 1)
        occurrences_sync(event=event)
        audit_record(
            actor=actor,
            action="ceremonial.occurrence.restored",
            target=event,
            changes={"occurrence": [None, original_start]},
        )


def event_record_outcome(*, actor, event: Event, data: dict[str, Any]) -> Event:
    """After the act: what happened and where it was reported (press release, clippings, photos)."""
    return write_audited(
        actor=actor,
        action="ceremonial.event.outcome_recorded",
        instance=event,
        data=data,
        fields=OUTCOME_FIELDS,
        clean_exclude=["created_by"],
    )
