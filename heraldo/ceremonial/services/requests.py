"""Invitations received: registering them and answering accept / delegate / decline."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.ceremonial.models import (
    Attendance,
    AttendanceRequest,
    EventStatus,
    OrganiserKind,
    RequestStatus,
)
from heraldo.ceremonial.services.events import event_change_status, event_create, event_update
from heraldo.core.audit import audit_record
from heraldo.core.writes import Refused, write_audited

REQUEST_FIELDS = (
    "inviting_entity",
    "inviting_name",
    "reference",
    "received_on",
    "title",
    "event_type",
    "starts_at",
    "ends_at",
    "place",
    "answer_by",
    "notes",
)


def request_register(*, actor, data: dict[str, Any]) -> AttendanceRequest:
    return write_audited(
        actor=actor,
        action="ceremonial.request.registered",
        instance=AttendanceRequest(created_by=actor),
        data=data,
        fields=REQUEST_FIELDS,
        clean_exclude=["created_by", "answered_by", "event", "delegate"],
    )


def _event_data(request: AttendanceRequest, decision: str, delegate, delegate_role: str) -> dict[str, Any]:
    delegated = decision == RequestStatus.DELEGATED
    return {
        "title": request.title,
        "event_type": request.event_type,
        "starts_at": request.starts_at,
        "ends_at": request.ends_at,
        "place": request.place,
        "description": request.notes,
        "organiser_kind": OrganiserKind.EXTERNAL,
        "organiser_entity": request.inviting_entity,
        "organiser_name": "" if request.inviting_entity_id else request.inviting_name,
        "attendance": Attendance.REPRESENTATIVE if delegated else Attendance.MAYOR,
        "representative": delegate if delegated else None,
        "representative_role": delegate_role if delegated else "",
    }


@transaction.atomic
def request_answer(
    *,
    actor,
    request: AttendanceRequest,
    decision: str,
    delegate=None,
    delegate_role: str = "",
    note: str = "",
    allow_conflicts: bool = False,
) -> AttendanceRequest:
    """Record the answer. Accepting or delegating puts a confirmed event on the agenda
    (with the usual conflict check); declining afterwards cancels that event."""
    request = AttendanceRequest.objects.select_for_update().get(pk=request.pk)
    if decision not in (RequestStatus.ACCEPTED, RequestStatus.DELEGATED, RequestStatus.DECLINED):
        raise Refused(_("Respuesta desconocida."), field="decision")
    if decision == RequestStatus.DELEGATED and delegate is None:
        raise Refused(_("Indique quién asistirá en representación del Alcalde."), field="delegate")
    previous = request.status
    event = request.event
    if decision == RequestStatus.DECLINED:
        if event is not None and EventStatus.CANCELADO in event.next_statuses():
            event_change_status(actor=actor, event=event, status=EventStatus.CANCELADO)
    else:
        data = _event_data(request, decision, delegate, delegate_role)
        if event is None or event.status == EventStatus.CANCELADO:
            event = event_create(actor=actor, data=data, allow_conflicts=allow_conflicts)
            event_change_status(actor=actor, event=event, status=EventStatus.CONFIRMADO, allow_conflicts=True)
            event.refresh_from_db()
        else:
            event = event_update(actor=actor, event=event, data=data, allow_conflicts=allow_conflicts)
    request.status = decision
    request.delegate = delegate if decision == RequestStatus.DELEGATED else None
    request.delegate_role = delegate_role if decision == RequestStatus.DELEGATED else ""
    request.answer_note = note
    request.answered_at = timezone.now()
    request.answered_by = actor
    request.event = event
    request.save()
    audit_record(
        actor=actor,
        action="ceremonial.request.answered",
        target=request,
        changes={"status": [previous, decision], "delegate": [None, request.delegate], "answer_note": [None, note]},
    )
    return request
