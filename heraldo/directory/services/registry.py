"""Use cases that change entities, persons, cargos and terms. Each is atomic and audited."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record, changed_fields, snapshot
from heraldo.core.text import fold
from heraldo.directory.models import Entity, Person, Position, Tag, Term, TermStatus

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
    "given_names",
    "surnames",
    "honorific",
    "academic_title",
    "sex",
    "institutional_email",
    "institutional_phone",
    "personal_email",
    "personal_phone",
    "birth_date",
    "photo",
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


def stored_values(instance, fields: Iterable[str]) -> dict[str, Any]:
    """The values as saved: a ModelForm has already written the new ones onto `instance`."""
    return snapshot(type(instance).objects.get(pk=instance.pk), fields)


def _apply(instance, data: Mapping[str, Any], fields: Iterable[str]) -> None:
    for name in fields:
        if name in data:
            setattr(instance, name, data[name])


def _set_tags(instance, tags: Iterable[Tag] | None) -> list | None:
    if tags is None:
        return None
    before = sorted(t.name for t in instance.tags.all())
    instance.tags.set(list(tags))
    after = sorted(t.name for t in instance.tags.all())
    return [before, after] if before != after else None


# --------------------------------------------------------------------------- entities


def entity_create(*, actor, data: Mapping[str, Any], tags: Iterable[Tag] | None = None) -> Entity:
    with transaction.atomic():
        entity = Entity()
        _apply(entity, data, ENTITY_FIELDS)
        entity.full_clean(exclude=["search_text"])
        entity.save()
        if tags is not None:
            entity.tags.set(list(tags))
        audit_record(actor=actor, action="directory.entity.created", target=entity)
    return entity


def entity_update(*, actor, entity: Entity, data: Mapping[str, Any], tags: Iterable[Tag] | None = None) -> Entity:
    with transaction.atomic():
        before = stored_values(entity, ENTITY_FIELDS)
        _apply(entity, data, ENTITY_FIELDS)
        entity.full_clean(exclude=["search_text"])
        entity.save()
        changes = changed_fields(entity, before, ENTITY_FIELDS)
        tag_change = _set_tags(entity, tags)
        if tag_change:
            changes["tags"] = tag_change
        if changes:
            audit_record(actor=actor, action="directory.entity.updated", target=entity, changes=changes)
    return entity


# --------------------------------------------------------------------------- persons


def person_create(*, actor, data: Mapping[str, Any], tags: Iterable[Tag] | None = None) -> Person:
    with transaction.atomic():
        person = Person()
        _apply(person, data, PERSON_FIELDS)
        person.full_clean(exclude=["search_text"])
        person.save()
        if tags is not None:
            person.tags.set(list(tags))
        audit_record(actor=actor, action="directory.person.created", target=person)
    return person


def person_update(*, actor, person: Person, data: Mapping[str, Any], tags: Iterable[Tag] | None = None) -> Person:
    with transaction.atomic():
        before = stored_values(person, PERSON_FIELDS)
        _apply(person, data, PERSON_FIELDS)
        person.full_clean(exclude=["search_text"])
        person.save()
        changes = changed_fields(person, before, PERSON_FIELDS)
        # Personal values never go into the audit trail, only the fact that they changed.
        for name in PERSONAL_FIELDS:
            if name in changes:
                changes[name] = ["…", "…"]
        tag_change = _set_tags(person, tags)
        if tag_change:
            changes["tags"] = tag_change
        if changes:
            audit_record(actor=actor, action="directory.person.updated", target=person, changes=changes)
    return person


def record_verified(*, actor, record: Entity | Person) -> Entity | Person:
    """The office confirmed the record is still true (phone called, web checked)."""
    with transaction.atomic():
        record.verified_at = timezone.now()
        record.verified_by = actor if getattr(actor, "is_authenticated", False) else None
        record.save(update_fields=["verified_at", "verified_by", "updated_at"])
        action = "directory.entity.verified" if isinstance(record, Entity) else "directory.person.verified"
        audit_record(actor=actor, action=action, target=record)
    return record


# --------------------------------------------------------------------------- positions and terms


def position_create(*, actor, data: Mapping[str, Any]) -> Position:
    with transaction.atomic():
        position = Position()
        _apply(position, data, POSITION_FIELDS)
        position.full_clean()
        position.save()
        audit_record(actor=actor, action="directory.position.created", target=position)
        audit_record(
            actor=actor, action="directory.position.created", target=position.entity, target_label=str(position)
        )
    return position


def position_update(*, actor, position: Position, data: Mapping[str, Any]) -> Position:
    with transaction.atomic():
        before = stored_values(position, POSITION_FIELDS)
        _apply(position, data, POSITION_FIELDS)
        position.full_clean()
        position.save()
        changes = changed_fields(position, before, POSITION_FIELDS)
        if changes:
            audit_record(actor=actor, action="directory.position.updated", target=position, changes=changes)
    return position


def term_create(*, actor, data: Mapping[str, Any]) -> Term:
    with transaction.atomic():
        term = Term()
        _apply(term, data, TERM_FIELDS)
        term.full_clean()
        term.save()
        audit_record(actor=actor, action="directory.term.created", target=term)
        audit_record(actor=actor, action="directory.term.created", target=term.position, target_label=str(term))
    return term


def term_update(*, actor, term: Term, data: Mapping[str, Any]) -> Term:
    with transaction.atomic():
        before = stored_values(term, TERM_FIELDS)
        _apply(term, data, TERM_FIELDS)
        term.full_clean()
        term.save()
        changes = changed_fields(term, before, TERM_FIELDS)
        if changes:
            audit_record(actor=actor, action="directory.term.updated", target=term, changes=changes)
            audit_record(
                actor=actor,
                action="directory.term.updated",
                target=term.position,
                target_label=str(term),
                changes=changes,
            )
    return term


def term_end(*, actor, term: Term, ends_on: date, status: str | None = None) -> Term:
    """Close a term: the holder leaves; the row stays as history."""
    with transaction.atomic():
        before = snapshot(term, ("ends_on", "status"))
        term.ends_on = ends_on
        if status:
            term.status = status
        term.full_clean()
        term.save(update_fields=["ends_on", "status", "updated_at"])
        changes = changed_fields(term, before, ("ends_on", "status"))
        audit_record(actor=actor, action="directory.term.ended", target=term, changes=changes)
        audit_record(
            actor=actor, action="directory.term.ended", target=term.position, target_label=str(term), changes=changes
        )
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
