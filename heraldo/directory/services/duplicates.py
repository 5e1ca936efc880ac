"""Duplicates: found on entry (accents, case and small typos ignored) and merged with a preview.

A merge keeps one record (the survivor) and archives the other (the duplicate):
empty fields of the survivor are filled from the duplicate, and every row of any
module that points to the duplicate (terms, guests, media lists…) is moved to the
survivor, except rows that would clash with one the survivor already has. The
duplicate is never deleted, so nothing another module holds is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import IntegrityError, models, transaction
from rapidfuzz import fuzz, process

from heraldo.core.audit import audit_record
from heraldo.core.text import fold
from heraldo.directory.models import Entity, Person
from heraldo.directory.selectors_keeping import forget_registry_figures
from heraldo.directory.services.registry import (
    ENTITY_FIELDS,
    PERSON_FIELDS,
    PERSONAL_FIELDS,
)

SIMILARITY = 85
CANDIDATES = 2000


def _best(name: str, choices: dict[int, str], limit: int) -> list[tuple[int, float]]:
    found = process.extract(fold(name), choices, scorer=fuzz.token_sort_ratio, limit=limit, score_cutoff=SIMILARITY)
    return [(key, score) for _value, score, key in found]


def similar_persons(given_names: str, surnames: str, *, exclude_pk: int | None = None, limit: int = 5):
    """Registered persons whose name looks like this one: 'Jose Cardenas' finds 'José Cárdenas'."""
    tokens = [t for t in fold(surnames).split() if len(t) >= 3] or fold(given_names).split()[:1]
    if not tokens:
        return []
    query = models.Q()
    for token in tokens:
        query |= models.Q(search_text__contains=token[:4])
    candidates = Person.objects.filter(query).exclude(pk=exclude_pk).filter(merged_into__isnull=True)
    choices = {pk: f"{g} {s}" for pk, g, s in candidates.values_list("pk", "given_names", "surnames")[:CANDIDATES]}
    choices = {pk: fold(name) for pk, name in choices.items()}
    ranked = _best(f"{given_names} {surnames}", choices, limit)
    people = Person.objects.in_bulk([pk for pk, _score in ranked])
    return [(people[pk], round(score)) for pk, score in ranked]


def similar_entities(name: str, *, exclude_pk: int | None = None, limit: int = 5):
    tokens = [t for t in fold(name).split() if len(t) >= 4]
    if not tokens:
        return []
    query = models.Q()
    for token in sorted(tokens, key=len, reverse=True)[:3]:
        query |= models.Q(search_text__contains=token[:5])
    candidates = Entity.objects.filter(query).exclude(pk=exclude_pk).filter(merged_into__isnull=True)
    choices = {pk: fold(n) for pk, n in candidates.values_list("pk", "name")[:CANDIDATES]}
    ranked = _best(name, choices, limit)
    entities = Entity.objects.in_bulk([pk for pk, _score in ranked])
    return [(entities[pk], round(score)) for pk, score in ranked]


# --------------------------------------------------------------------------- merge


@dataclass
class MergePlan:
    survivor: Person | Entity
    duplicate: Person | Entity
    filled: dict[str, tuple[object, object]] = field(default_factory=dict)  # field: (verbose name, value)
    moved: list[tuple[str, int]] = field(default_factory=list)  # (what, how many rows)
    tags_added: list[str] = field(default_factory=list)
    kept: dict[str, tuple[object, object, object]] = field(default_factory=dict)  # field: (label, ours, theirs)


def _fields_for(record) -> tuple[str, ...]:
    return PERSON_FIELDS if isinstance(record, Person) else ENTITY_FIELDS


def _relations(record):
    """Every foreign key in any installed app that points at this model (except the merge pointer)."""
    for relation in record._meta.related_objects:
        if relation.one_to_many and relation.field.name != "merged_into":
            yield relation


def _shown(model_field, value):
    """A value as people read it: a choice's label, never its stored code (PNP_MAYOR → Mayor)."""
    if model_field.flatchoices and value not in (None, ""):
        return dict(model_field.flatchoices).get(value, value)
    return value


def merge_plan(survivor, duplicate) -> MergePlan:
    if type(survivor) is not type(duplicate) or survivor.pk == duplicate.pk:
        raise ValueError("merge needs two records of the same kind")
    plan = MergePlan(survivor, duplicate)
    for name in _fields_for(survivor):
        if name in ("is_active", "is_own_municipality"):
            continue
        mine, theirs = getattr(survivor, name), getattr(duplicate, name)
        model_field = survivor._meta.get_field(name)
        label = model_field.verbose_name
        if theirs not in (None, "") and mine in (None, ""):
            plan.filled[name] = (label, _shown(model_field, theirs))
        elif theirs not in (None, "") and theirs != mine and name != "search_text":
            plan.kept[name] = (label, _shown(model_field, mine), _shown(model_field, theirs))
    for relation in _relations(duplicate):
        count = relation.related_model._default_manager.filter(**{relation.field.name: duplicate}).count()
        if count:
            plan.moved.append((str(relation.related_model._meta.verbose_name_plural), count))
    mine = set(survivor.tags.values_list("name", flat=True))
    plan.tags_added = sorted(set(duplicate.tags.values_list("name", flat=True)) - mine)
    return plan


def merge_apply(*, actor, survivor, duplicate) -> MergePlan:
    """Carry out exactly what `merge_plan` shows; audited on both records."""
    with transaction.atomic():
        plan = merge_plan(survivor, duplicate)
        for name in plan.filled:
            setattr(survivor, name, getattr(duplicate, name))
        kept_apart = 0
        for relation in _relations(duplicate):
            manager = relation.related_model._default_manager
            for row in manager.filter(**{relation.field.name: duplicate}):
                try:
                    with transaction.atomic():
                        manager.filter(pk=row.pk).update(**{relation.field.name: survivor})
                except IntegrityError:
                    kept_apart += 1  # the survivor already has the same row (e.g. the same guest twice)
        survivor.tags.add(*duplicate.tags.all())
        survivor.save()
        duplicate.is_active = False
        duplicate.merged_into = survivor
        duplicate.save(update_fields=["is_active", "merged_into", "updated_at"])
        action = "directory.person.merged" if isinstance(survivor, Person) else "directory.entity.merged"
        changes = {
            "duplicado": [str(duplicate), f"#{duplicate.pk}"],
            # personal values never enter the audit trail, only the fact that they were carried over
            **{
                str(label): [None, "…" if name in PERSONAL_FIELDS else str(value)]
                for name, (label, value) in plan.filled.items()
            },
            **{what: [None, count] for what, count in plan.moved},
        }
        if kept_apart:
            changes["sin mover (ya existían)"] = [None, kept_apart]
        audit_record(actor=actor, action=action, target=survivor, changes=changes)
        audit_record(actor=actor, action=action, target=duplicate, changes={"fusionado en": [None, str(survivor)]})
    forget_registry_figures()
    return plan
