"""Access gates of the agenda: one per object type, used by pages and API alike.

Reading the agenda needs `access_agenda` (protocol, press, the head of unit, the
Alcaldía); changing it needs `manage_agenda`. A denied object is a 404.
"""

from __future__ import annotations

from django.http import Http404

from heraldo.core.permissions import has_capability, security_log


def can_read_agenda(user) -> bool:
    return has_capability(user, "access_agenda")


def can_manage_agenda(user) -> bool:
    return has_capability(user, "access_agenda") and has_capability(user, "manage_agenda")


def _gate(user, write: bool) -> None:
    allowed = can_manage_agenda(user) if write else can_read_agenda(user)
    if not allowed:
        security_log.warning(
            "access.denied",
            extra={"user_id": getattr(user, "pk", None), "capability": "manage_agenda" if write else "access_agenda"},
        )
        raise Http404


def access_event(user, event_id, *, write: bool = False):
    from heraldo.ceremonial.models import Event

    _gate(user, write)
    try:
        return Event.objects.select_related("representative", "organiser_entity").get(pk=event_id)
    except (Event.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def access_event_for_reading(user, event_id) -> tuple:
    """The event and whether the user sees it only as assigned staff.

    A designer or an analyst assigned to an act opens that act's page (and nothing else of the
    agenda), whatever their role; readers of the agenda open every act.
    """
    if can_read_agenda(user):
        return access_event(user, event_id), False
    from heraldo.ceremonial.models import Event

    if getattr(user, "is_authenticated", False) and user.is_active:
        try:
            return Event.objects.select_related("representative", "organiser_entity").get(
                pk=event_id, staff__user=user
            ), True
        except (Event.DoesNotExist, ValueError, TypeError):
            pass
    _gate(user, write=False)
    raise Http404


def can_edit_precedence(user) -> bool:
    """The precedence table is the head of unit's to change (issue 4)."""
    from heraldo.core.roles import HEAD_OF_UNIT

    return can_manage_agenda(user) and (user.is_superuser or user.groups.filter(name=HEAD_OF_UNIT).exists())
