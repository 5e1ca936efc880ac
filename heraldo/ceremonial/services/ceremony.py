"""Use cases of a ceremony: run-of-show, guests, invitations, answers and check-in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.ceremonial.models import Event, EventStatus, Guest, ProgrammeItem, RsvpChannel, RsvpStatus
from heraldo.ceremonial.models.ceremony import new_nonce
from heraldo.ceremonial.programme_templates import template_for
from heraldo.ceremonial.rsvp import rsvp_url
from heraldo.ceremonial.selectors import host_guest_filter, invitable_guests
from heraldo.core.audit import audit_record
from heraldo.core.mailing import MassMailing, Recipient
from heraldo.core.outbox import outbox_enqueue_templated
from heraldo.core.writes import AuditedWrite, Refused, StateConflict
from heraldo.directory.models import Person
from heraldo.directory.selectors import current_terms

ITEM_FIELDS = ("title", "duration_minutes", "responsible", "text")
GUEST_FIELDS = ("position", "represents", "email", "speaks", "notes")


# ------------------------------------------------------------------ run-of-show


@transaction.atomic
def programme_apply_template(*, actor, event: Event) -> list[ProgrammeItem]:
    if event.programme.exists():
        raise StateConflict(_("El programa ya tiene momentos: edítelos o elimínelos antes de usar la plantilla."))
    items = ProgrammeItem.objects.bulk_create(
        [
            ProgrammeItem(
                event=event,
                position=index,
                title=step.title,
                duration_minutes=step.minutes,
                responsible=step.responsible,
                text=step.text,
                role=step.role,
            )
            for index, step in enumerate(template_for(event.event_type), start=1)
        ]
    )
    audit_record(
        actor=actor,
        action="ceremonial.programme.templated",
        target=event,
        changes={"items": [None, [i.title for i in items]]},
    )
    return items


@transaction.atomic
def programme_item_add(*, actor, event: Event, data: dict) -> ProgrammeItem:
    last = event.programme.aggregate(last=Max("position"))["last"] or 0
    item = ProgrammeItem.objects.create(event=event, position=last + 1, **data)
    audit_record(
        actor=actor, action="ceremonial.programme.item_added", target=event, changes={"title": [None, item.title]}
    )
    return item


@transaction.atomic
def programme_item_update(*, actor, item: ProgrammeItem, data: dict) -> ProgrammeItem:
    write = AuditedWrite(item, data=data, fields=ITEM_FIELDS)
    write.save(clean_exclude=["event"])
    write.record(actor=actor, action="ceremonial.programme.item_updated", target=write.instance.event)
    return write.instance


@transaction.atomic
def programme_item_delete(*, actor, item: ProgrammeItem) -> None:
    event, title = item.event, item.title
    item.delete()
    audit_record(
        actor=actor, action="ceremonial.programme.item_deleted", target=event, changes={"title": [title, None]}
    )


@transaction.atomic
def programme_reorder(*, actor, event: Event, ordered_ids: Sequence[int]) -> None:
    """Put the items in the given order; the list must name every item once."""
    items = {item.pk: item for item in event.programme.select_for_update()}
    if sorted(ordered_ids) != sorted(items):
        raise StateConflict(_("El nuevo orden no corresponde a los momentos del programa; recargue la página."))
    before = [items[pk].title for pk in sorted(items, key=lambda pk: (items[pk].position, pk))]
    for position, pk in enumerate(ordered_ids, start=1):
        items[pk].position = position
    ProgrammeItem.objects.bulk_update(items.values(), ["position"])
    after = [items[pk].title for pk in ordered_ids]
    if before != after:
        audit_record(
            actor=actor, action="ceremonial.programme.reordered", target=event, changes={"order": [before, after]}
        )


def programme_item_move(*, actor, item: ProgrammeItem, direction: int) -> None:
    ids = list(item.event.programme.order_by("position", "pk").values_list("pk", flat=True))
    index = ids.index(item.pk)
    target = index + direction
    if 0 <= target < len(ids):
        ids[index], ids[target] = ids[target], ids[index]
        programme_reorder(actor=actor, event=item.event, ordered_ids=ids)


def programme_with_times(event: Event) -> list[tuple[ProgrammeItem, datetime]]:
    """Each item with its start: the event's start plus the durations before it."""
    moment = timezone.localtime(event.starts_at)
    timed = []
    for item in event.programme.order_by("position", "pk"):
        timed.append((item, moment))
        moment += timedelta(minutes=item.duration_minutes)
    return timed


# ----------------------------------------------------------------------- guests


def _current_position(person: Person, day):
    terms = [t for t in current_terms(on=day).filter(person=person).order_by("position__order_in_entity", "pk")]
    return terms[0].position if terms else None


@transaction.atomic
def guests_add(*, actor, event: Event, persons: Iterable[Person]) -> list[Guest]:
    """Invite people from the Registro, each with the cargo they hold on the event day."""
    day = timezone.localtime(event.starts_at).date()
    existing = set(event.guests.values_list("person_id", flat=True))
    added = []
    for person in persons:
        if person.pk in existing:
            continue
        added.append(
            Guest.objects.create(
                event=event,
                person=person,
                position=_current_position(person, day),
                email=person.institutional_email or "",
            )
        )
    if added:
        audit_record(
            actor=actor,
            action="ceremonial.guest.added",
            target=event,
            changes={"guests": [None, [g.person.full_name for g in added]]},
        )
    return added


@transaction.atomic
def guest_update(*, actor, guest: Guest, data: dict) -> Guest:
    write = AuditedWrite(guest, data=data, fields=GUEST_FIELDS)
    guest = write.save(clean_exclude=["event", "person", "checked_in_by"])
    if write.changes():
        write.extra = {"guest": [None, guest.person.full_name]}
        write.record(actor=actor, action="ceremonial.guest.updated", target=guest.event)
    return guest


@transaction.atomic
def guest_remove(*, actor, guest: Guest) -> None:
    event, name = guest.event, guest.person.full_name
    guest.delete()
    audit_record(actor=actor, action="ceremonial.guest.removed", target=event, changes={"guest": [name, None]})


def _mail_context(guest: Guest) -> dict:
    event = guest.event
    return {
        "guest": guest,
        "event": event,
        "starts_at": timezone.localtime(event.starts_at),
        "rsvp_url": rsvp_url(guest),
        "address": invitation_address(guest),
        "cargo": guest_cargo(guest),
    }


def guest_cargo(guest: Guest) -> str:
    if not guest.position_id:
        return ""
    return f"{guest.position.title_for(guest.person.sex)} — {guest.position.entity}"


def invitation_address(guest: Guest) -> str:
    """The salutation of the letter: the cargo's form of address, else a neutral one."""
    sex = guest.person.sex
    if guest.position_id:
        address = guest.position.address_for(sex)
        if address:
            return address
    return _("Señora") if sex == "F" else _("Señor")


def invitations_mailing(*, event: Event, guests: Iterable[Guest]) -> MassMailing:
    """The invitation e-mail to each of these guests who has an address; the others are named in a note."""
    guests = list(guests)
    without_email = [g.person.full_name for g in guests if not g.email]
    notes = []
    if without_email:
        notes.append(_("Sin correo, invite por oficio a: %(names)s.") % {"names": ", ".join(without_email)})
    return MassMailing(
        scope=f"ceremonial.event.{event.pk}.invitations",
        what=_("La invitación a «%(title)s», con el enlace personal para confirmar asistencia")
        % {"title": event.title},
        template="ceremonial/email/invitation",
        recipients=[Recipient(name=g.person.full_name, email=g.email, record=g) for g in guests if g.email],
        context_for=_invitation_context,
        notes=notes,
    )


def _invitation_context(recipient: Recipient) -> dict:
    context = _mail_context(recipient.record)
    if recipient.email != recipient.record.email:
        # A test sent to staff: a real guest's personal link would let the tester answer for them.
        context["rsvp_url"] = _("(aquí va el enlace personal de cada invitado)")
    return context


@transaction.atomic
def guests_invite(
    *, actor, event: Event, guests: Iterable[Guest], now: datetime | None = None
) -> tuple[int, list[Guest]]:
    """E-mail the invitation with the personal RSVP link, through the outbox.

    The host is skipped: he receives the act. Returns how many were queued and who has
    no address (to invite by letter)."""
    now = now or timezone.now()
    sent, without_email = 0, []
    hosts = set(event.guests.filter(host_guest_filter(event)).values_list("pk", flat=True))
    for guest in guests:
        if guest.pk in hosts:
            continue
        if not guest.email:
            without_email.append(guest)
            continue
        outbox_enqueue_templated(
            key=f"ceremonial.invitation.{guest.pk}.{guest.rsvp_nonce}",
            to=[guest.email],
            template="ceremonial/email/invitation",
            context=_mail_context(guest),
        )
        Guest.objects.filter(pk=guest.pk).update(invited_at=now)
        sent += 1
    if sent:
        audit_record(actor=actor, action="ceremonial.guest.invited", target=event, changes={"sent": [None, sent]})
    return sent, without_email


def _due_for_reminder(event: Event, now: datetime):
    return (
        invitable_guests(event)
        .filter(rsvp_status=RsvpStatus.PENDING, invited_at__isnull=False)
        .exclude(email="")
        .filter(Q(reminded_at__isnull=True) | Q(reminded_at__lt=now - timedelta(hours=24)))
    )


@transaction.atomic
def guests_remind(*, actor, event: Event, now: datetime | None = None) -> int:
    """Remind the invited guests who have not answered (at most once a day each)."""
    now = now or timezone.now()
    count = 0
    for guest in _due_for_reminder(event, now).select_related("event", "person", "position"):
        outbox_enqueue_templated(
            key=f"ceremonial.reminder.{guest.pk}.{now:%Y%m%d}",
            to=[guest.email],
            template="ceremonial/email/reminder",
            context=_mail_context(guest),
        )
        count += 1
    _due_for_reminder(event, now).update(reminded_at=now)
    if count:
        audit_record(actor=actor, action="ceremonial.guest.reminded", target=event, changes={"sent": [None, count]})
    return count


def ceremony_send_due_reminders(*, now: datetime | None = None) -> int:
    """The periodic step: 48 hours before a ceremony, remind who has not answered."""
    now = now or timezone.now()
    events = (
        Event.objects.filter(starts_at__gt=now, starts_at__lte=now + timedelta(hours=48))
        .exclude(status=EventStatus.CANCELADO)
        .filter(guests__rsvp_status=RsvpStatus.PENDING)
        .distinct()
    )
    return sum(guests_remind(actor=None, event=event, now=now) for event in events)


@transaction.atomic
def guest_answer(*, actor, guest: Guest, status: str, channel: str, now: datetime | None = None) -> Guest:
    if status not in RsvpStatus.values or channel not in RsvpChannel.values:
        raise Refused(_("Respuesta no válida."), field="status")
    previous = guest.rsvp_status
    guest.rsvp_status, guest.rsvp_channel, guest.rsvp_at = status, channel, now or timezone.now()
    guest.save(update_fields=["rsvp_status", "rsvp_channel", "rsvp_at"])
    audit_record(
        actor=actor,
        action="ceremonial.guest.answered",
        target=guest.event,
        target_label=f"{guest.event} — {guest.person.full_name}",
        changes={
            "guest": [None, guest.person.full_name],
            "rsvp_status": [previous, status],
            "channel": [None, channel],
        },
    )
    return guest


@transaction.atomic
def guest_renew_link(*, actor, guest: Guest) -> Guest:
    """Void the guest's previous RSVP link (e.g. forwarded by mistake)."""
    guest.rsvp_nonce = new_nonce()
    guest.save(update_fields=["rsvp_nonce"])
    audit_record(
        actor=actor,
        action="ceremonial.guest.link_renewed",
        target=guest.event,
        changes={"guest": [None, guest.person.full_name]},
    )
    return guest


@transaction.atomic
def guest_check_in(*, actor, guest: Guest, arrived: bool = True, now: datetime | None = None) -> Guest:
    updated = Guest.objects.filter(pk=guest.pk)
    if arrived:
        # Only the first arrival counts: two ushers tapping at once record one time.
        updated.filter(checked_in_at__isnull=True).update(checked_in_at=now or timezone.now(), checked_in_by=actor)
    else:
        updated.update(checked_in_at=None, checked_in_by=None)
    guest.refresh_from_db()
    audit_record(
        actor=actor,
        action="ceremonial.guest.checked_in" if arrived else "ceremonial.guest.check_in_undone",
        target=guest.event,
        changes={"guest": [None, guest.person.full_name]},
    )
    return guest


@transaction.atomic
def guest_walk_in(
    *,
    actor,
    event: Event,
    person: Person | None = None,
    given_names: str = "",
    surnames: str = "",
    note: str = "",
    now: datetime | None = None,
) -> Guest:
    """Someone not on the list arrives: added at the door and marked as arrived in one step.

    A person the Registro does not hold is entered with the name given, unverified, so the office
    completes the record later (it shows among the Registro's records to verify)."""
    now = now or timezone.now()
    if person is None:
        person = Person.objects.create(
            given_names=given_names,
            surnames=surnames,
            notes=_("Registrado en la puerta de «%(event)s».") % {"event": event.title},
        )
        audit_record(
            actor=actor,
            action="directory.person.created",
            target=person,
            changes={"given_names": [None, given_names], "surnames": [None, surnames]},
        )
    guest, created = Guest.objects.get_or_create(
        event=event,
        person=person,
        defaults={
            "position": _current_position(person, timezone.localtime(event.starts_at).date()),
            "email": person.institutional_email or "",
            "walked_in": True,
            "notes": note,
        },
    )
    if guest.checked_in_at is None:
        guest.checked_in_at, guest.checked_in_by = now, actor
        guest.save(update_fields=["checked_in_at", "checked_in_by"])
    audit_record(
        actor=actor,
        action="ceremonial.guest.walked_in" if created else "ceremonial.guest.checked_in",
        target=event,
        changes={"guest": [None, person.full_name]} | ({"note": [None, note]} if note and created else {}),
    )
    return guest


def host_person_for(event: Event):
    """Who attends for the municipality, per the event: (person, represented position or None).

    The Mayor is the current holder of our municipality's ALCALDE_* cargo; a representative
    stands for that cargo. None when the Registro does not say."""
    from heraldo.ceremonial.models import Attendance
    from heraldo.directory.selectors import current_holder, own_municipality

    municipality = own_municipality()
    if municipality is None or event.attendance == Attendance.NONE:
        return None
    mayor_position = (
        municipality.positions.filter(office_code__in=("ALCALDE_DISTRITAL", "ALCALDE_PROVINCIAL"))
        .order_by("pk")
        .first()
    )
    if mayor_position is None:
        return None
    if event.attendance == Attendance.REPRESENTATIVE:
        return (event.representative, mayor_position) if event.representative_id else None
    term = current_holder(mayor_position, on=timezone.localtime(event.starts_at).date())
    return (term.person, None) if term else None


@transaction.atomic
def guests_add_host(*, actor, event: Event) -> Guest | None:
    """Put the Mayor (or the representative, marked as such) on the guest list: the engine seats the host."""
    found = host_person_for(event)
    if found is None:
        raise Refused(
            _("El Registro no indica quién es el Alcalde de nuestra municipalidad (o falta el representante).")
        )
    person, represents = found
    guest = event.guests.filter(person=person).first()
    if guest is None:
        guest = guests_add(actor=actor, event=event, persons=[person])[0]
    if represents is not None and guest.represents_id != represents.pk:
        guest = guest_update(actor=actor, guest=guest, data={"represents": represents})
    return guest
