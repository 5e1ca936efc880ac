"""Use cases that change entities, persons, cargos and terms. Each is atomic and audited."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.core.text import fold
from heraldo.core.writes import AuditedWrite, write_audited
from heraldo.directory.models import Entity, Person, Position, Tag, Term, TermStatus
from heraldo.directory.selectors_keeping import forget_registry_figures

ENTITY_FIELDS = (
    "name",
    "short_name",
    "kind",
    "level",
    "ubigeo",
    "parent",
    "address",
    "phone",
    "email",
    "website",
    "anniversary",
    "is_own_municipality",
    "media_kind",
    "media_reach",
    "media_coverage",
    "notes",
    "is_active",
)
PERSON_FIELDS = (
    "honorific",
    "academic_title",
    "given_names",
    "surnames",
    "sex",
    "institutional_email",
    "institutional_phone",
    "personal_email",
    "personal_phone",
    "birth_date",
    "photo",
    "military_branch",
    "military_grade",
    "date_of_grade",
    "beats",
    "notes",
    "is_active",
)
PERSONAL_FIELDS = ("personal_email", "personal_phone", "birth_date", "photo")
POSITION_FIELDS = (
    "entity",
    "title",
    "title_feminine",
    "form_of_address",
    "form_of_address_feminine",
    "office_code",
    "jurisdiction",
    "order_in_entity",
    "sits_at_head_table",
    "is_active",
)
TERM_FIELDS = ("position", "person", "status", "starts_on", "ends_on", "source_document")


# --------------------------------------------------------------------------- entities


def entity_create(*, actor, data: Mapping[str, Any], tags: Iterable[Tag] | None = None) -> Entity:
    return _entity_write(actor=actor, entity=Entity(), data=data, tags=tags, action="directory.entity.created")


def entity_update(*, actor, entity: Entity, data: Mapping[str, Any], tags: Iterable[Tag] | None = None) -> Entity:
    return _entity_write(actor=actor, entity=entity, data=data, tags=tags, action="directory.entity.updated")


def _entity_write(*, actor, entity: Entity, data, tags, action: str) -> Entity:
    with transaction.atomic():
        write = AuditedWrite(entity, data=data, fields=ENTITY_FIELDS)
        entity = write.save(clean_exclude=["search_text"])
        if tags is not None:
            write.set_many("tags", tags, describe=lambda tag: tag.name)
        write.record(actor=actor, action=action)
    forget_registry_figures()
    return entity


# --------------------------------------------------------------------------- persons


def person_create(*, actor, data: Mapping[str, Any], tags: Iterable[Tag] | None = None) -> Person:
    return _person_write(actor=actor, person=Person(), data=data, tags=tags, action="directory.person.created")


def person_update(*, actor, person: Person, data: Mapping[str, Any], tags: Iterable[Tag] | None = None) -> Person:
    return _person_write(actor=actor, person=person, data=data, tags=tags, action="directory.person.updated")


def _person_write(*, actor, person: Person, data, tags, action: str) -> Person:
    with transaction.atomic():
        # Personal values never go into the audit trail, only the fact that they changed.
        write = AuditedWrite(person, data=data, fields=PERSON_FIELDS, hidden=PERSONAL_FIELDS)
        person = write.save(clean_exclude=["search_text"])
        if tags is not None:
            write.set_many("tags", tags, describe=lambda tag: tag.name)
        write.record(actor=actor, action=action)
    forget_registry_figures()
    return person


def record_verified(*, actor, record: Entity | Person) -> Entity | Person:
    """The office confirmed the record is still true (phone called, web checked)."""
    with transaction.atomic():
        record.verified_at = timezone.now()
        record.verified_by = actor if getattr(actor, "is_authenticated", False) else None
        record.save(update_fields=["verified_at", "verified_by", "updated_at"])
        action = "directory.entity.verified" if isinstance(record, Entity) else "directory.person.verified"
        audit_record(actor=actor, action=action, target=record)
    forget_registry_figures()
    return record


# --------------------------------------------------------------------------- positions and terms


def position_create(*, actor, data: Mapping[str, Any]) -> Position:
    with transaction.atomic():
        write = AuditedWrite(Position(), data=data, fields=POSITION_FIELDS)
        position = write.save()
        write.record(actor=actor, action="directory.position.created")
        write.record(
            actor=actor, action="directory.position.created", target=position.entity, target_label=str(position)
        )
    return position


def position_update(*, actor, position: Position, data: Mapping[str, Any]) -> Position:
    return write_audited(
        actor=actor, action="directory.position.updated", instance=position, data=data, fields=POSITION_FIELDS
    )


def term_create(*, actor, data: Mapping[str, Any]) -> Term:
    return _term_write(actor=actor, term=Term(), data=data, action="directory.term.created")


def term_update(*, actor, term: Term, data: Mapping[str, Any]) -> Term:
    return _term_write(actor=actor, term=term, data=data, action="directory.term.updated")


def _term_write(*, actor, term: Term, data, action: str) -> Term:
    """A term's history shows on the term and on its cargo."""
    with transaction.atomic():
        write = AuditedWrite(term, data=data, fields=TERM_FIELDS)
        term = write.save()
        write.record(actor=actor, action=action)
        write.record(actor=actor, action=action, target=term.position, target_label=str(term))
    return term


def term_end(*, actor, term: Term, ends_on: date, status: str | None = None) -> Term:
    """Close a term: the holder leaves; the row stays as history."""
    with transaction.atomic():
        data = {"ends_on": ends_on} | ({"status": status} if status else {})
        write = AuditedWrite(term, data=data, fields=("ends_on", "status"))
        term = write.save()
        write.record(actor=actor, action="directory.term.ended")
        write.record(actor=actor, action="directory.term.ended", target=term.position, target_label=str(term))
    return term


def tags_from_names(names: Iterable[str]) -> list[Tag]:
    tags = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        existing = Tag.objects.filter(name_folded=fold(name)).first()
        tags.append(existing or Tag.objects.create(name=name[:60]))
    return tags


__all__ = [
    "ENTITY_FIELDS",
    "PERSONAL_FIELDS",
    "PERSON_FIELDS",
    "POSITION_FIELDS",
    "TERM_FIELDS",
    "TermStatus",
    "entity_create",
    "entity_update",
    "person_create",
    "person_update",
    "position_create",
    "position_update",
    "record_verified",
    "tags_from_names",
    "term_create",
    "term_end",
    "term_update",
]
