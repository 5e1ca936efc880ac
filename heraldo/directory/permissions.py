"""Access gates of the Registro: one per object type, used by pages and API alike.

Reading needs access_directory; changing needs manage_directory. A denied object
is a 404, so nobody learns whether it exists.
"""

from __future__ import annotations

from django.http import Http404

from heraldo.core.permissions import has_capability
from heraldo.directory.models import Coordination, Entity, MailingList, Person, Position, Term


def can_read(user) -> bool:
    return has_capability(user, "access_directory")


def can_manage(user) -> bool:
    return can_read(user) and has_capability(user, "manage_directory")


def can_see_personal_data(user) -> bool:
    return can_read(user) and has_capability(user, "view_personal_data")


def _gate(user, write: bool) -> None:
    if not (can_manage(user) if write else can_read(user)):
        raise Http404


def _get(model, user, object_id, write: bool, queryset=None):
    _gate(user, write)
    try:
        return (queryset if queryset is not None else model.objects).get(pk=object_id)
    except (model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def access_entity(user, entity_id, write: bool = False) -> Entity:
    return _get(Entity, user, entity_id, write, Entity.objects.select_related("parent", "verified_by"))


def access_person(user, person_id, write: bool = False) -> Person:
    return _get(Person, user, person_id, write, Person.objects.select_related("verified_by"))


def access_position(user, position_id, write: bool = False) -> Position:
    return _get(Position, user, position_id, write, Position.objects.select_related("entity"))


def access_term(user, term_id, write: bool = False) -> Term:
    return _get(Term, user, term_id, write, Term.objects.select_related("person", "position__entity"))


def access_mailing_list(user, list_id, write: bool = False) -> MailingList:
    return _get(MailingList, user, list_id, write)


def access_coordination(user, coordination_id, write: bool = False) -> Coordination:
    return _get(Coordination, user, coordination_id, write, Coordination.objects.select_related("entity", "created_by"))
