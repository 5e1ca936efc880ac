"""Reads of the registry that other modules rely on (Agenda, Prensa, Monitoreo).

These signatures are a contract: add, do not change.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet

from heraldo.core.fulltext import words_filter
from heraldo.core.text import search_words
from heraldo.directory.models import (
    Entity,
    MailingList,
    Person,
    Position,
    RecipientScope,
    Term,
    TermStatus,
)

CURRENT_STATUSES = (TermStatus.TITULAR, TermStatus.ENCARGADO)


def _covering(on: date) -> Q:
    return Q(starts_on__lte=on) & (Q(ends_on__isnull=True) | Q(ends_on__gte=on)) & Q(status__in=CURRENT_STATUSES)


def current_terms(*, on: date) -> QuerySet[Term]:
    """Titular and encargado terms covering that day, ready to show holder, cargo and entity."""
    return Term.objects.filter(_covering(on)).select_related("person", "position", "position__entity")


def current_holder(position: Position, *, on: date) -> Term | None:
    """The term of whoever holds the cargo that day; an encargado counts when no titular does."""
    terms = list(current_terms(on=on).filter(position=position).order_by("-starts_on", "-pk"))
    for term in terms:
        if term.status == TermStatus.TITULAR:
            return term
    return terms[0] if terms else None


def own_municipality() -> Entity | None:
    return Entity.objects.filter(is_own_municipality=True).first()


# --------------------------------------------------------------------------- search and filters


def _active_filter(queryset: QuerySet, active) -> QuerySet:
    """Only active records for "1" (or True), only inactive ones for "0" (or False), all for anything else."""
    if active in ("1", True):
        return queryset.filter(is_active=True)
    if active in ("0", False):
        return queryset.filter(is_active=False)
    return queryset


def entity_filter(filters: Mapping[str, Any] | None = None) -> QuerySet[Entity]:
    """Entities matching the list filters; the same keys are stored in mailing lists.

    Keys: q (accent-insensitive words), kind, level, ubigeo (prefix), tag (id),
    media_kind, active ("1" only active, "0" only inactive, "" all).
    """
    filters = filters or {}
    queryset = Entity.objects.all()
    queryset = words_filter(queryset, filters.get("q", ""))
    if filters.get("kind"):
        queryset = queryset.filter(kind=filters["kind"])
    if filters.get("level"):
        queryset = queryset.filter(level=filters["level"])
    if filters.get("ubigeo"):
        queryset = queryset.filter(ubigeo__startswith=filters["ubigeo"])
    if filters.get("tag"):
        queryset = queryset.filter(tags__pk=filters["tag"])
    if filters.get("media_kind"):
        queryset = queryset.filter(media_kind=filters["media_kind"])
    return _active_filter(queryset, filters.get("active", "1"))


def holds_cargo_matching(word: str, *, on: date) -> Q:
    """Persons whose current cargo or its entity has the (folded) word: "alcalde", "comisaria"."""
    terms = Term.objects.filter(_covering(on)).filter(
        Q(position__search_text__contains=word) | Q(position__entity__search_text__contains=word)
    )
    return Q(pk__in=terms.values("person_id"))


def person_filter(filters: Mapping[str, Any] | None = None, *, on: date | None = None) -> QuerySet[Person]:
    """Persons matching q by name or by current cargo and entity (accent-insensitive), tag,
    entity (current cargo there), active."""
    from django.utils import timezone

    filters = filters or {}
    day = on or timezone.localdate()
    queryset = Person.objects.all()
    queryset = words_filter(queryset, filters.get("q", ""), also=[lambda word: holds_cargo_matching(word, on=day)])
    if filters.get("tag"):
        queryset = queryset.filter(tags__pk=filters["tag"])
    if filters.get("entity"):
        queryset = queryset.filter(terms__position__entity_id=filters["entity"], terms__ends_on__isnull=True)
    queryset = _active_filter(queryset, filters.get("active", "1"))
    return queryset.distinct() if filters.get("tag") or filters.get("entity") else queryset


# --------------------------------------------------------------------------- mailing lists


def mailing_list_recipients(mailing_list: MailingList, *, on: date | None = None) -> list[tuple[Person | None, str]]:
    """The (person, e-mail) pairs of a saved filter, computed today from the current holders.

    Institutional addresses only: personal e-mail is never used for mass mailings
    (Ley 29733: the purpose of a list is institutional communication). A holder
    without an institutional address falls back to the entity's address. With the
    ENTITY scope, each entity's address comes with person None. One row per address.
    """
    from django.utils import timezone

    day = on or timezone.localdate()
    entities = entity_filter(mailing_list.filters)
    seen: set[str] = set()
    recipients: list[tuple[Person | None, str]] = []

    def add(person: Person | None, email: str) -> None:
        key = email.strip().lower()
        if key and key not in seen:
            seen.add(key)
            recipients.append((person, email.strip()))

    if mailing_list.scope == RecipientScope.ENTITY:
        for entity in entities.exclude(email="").order_by("name"):
            add(None, entity.email)
        return recipients
    terms = current_terms(on=day).filter(position__entity__in=entities, person__is_active=True)
    if mailing_list.scope == RecipientScope.HEAD_TABLE:
        terms = terms.filter(position__sits_at_head_table=True)
    for term in terms.order_by("position__entity__name", "position__order_in_entity", "person__surnames"):
        add(term.person, term.person.institutional_email or term.position.entity.email)
    return recipients


# --------------------------------------------------------------------------- pages


def _current_terms_prefetch(on: date, to_attr: str, lookup: str = "terms"):
    from django.db.models import Prefetch

    return Prefetch(lookup, queryset=current_terms(on=on).order_by("-starts_on"), to_attr=to_attr)


def entity_list(filters: Mapping[str, Any]) -> QuerySet[Entity]:
    return entity_filter(filters).select_related("parent").prefetch_related("tags").order_by("name")


def person_list(filters: Mapping[str, Any], *, on: date) -> QuerySet[Person]:
    return sorted_persons(
        person_filter(filters, on=on), searching=bool(search_words(filters.get("q", "")))
    ).prefetch_related("tags", _current_terms_prefetch(on, "current_terms"))


def sorted_persons(queryset: QuerySet[Person], *, searching: bool) -> QuerySet[Person]:
    """In Spanish alphabetical order of surnames, then given names (the sort key).
    While searching, sort the matches instead of walking the sort key's index.

    Walking the index to find 25 rare matches reads the whole table row by row
    (170 ms on 50,000 persons); scanning and sorting the few matches takes 25 ms.
    Without a search, the index gives the first page at once.
    """
    if searching:
        from django.db.models.functions import Lower

        return queryset.order_by(Lower("sort_key"), "pk")  # an expression: the planner leaves the index
    return queryset.order_by("sort_key", "pk")


def entity_positions(entity: Entity, *, on: date) -> list[Position]:
    """The cargos of an entity in their order, each with `current_terms` (holders that day) and
    `next_terms` (successors already registered, e.g. after a change of authorities in December)."""
    from django.db.models import Prefetch

    upcoming = Term.objects.filter(starts_on__gt=on, status__in=CURRENT_STATUSES).select_related("person")
    return list(
        entity.positions.filter(is_active=True)
        .prefetch_related(
            _current_terms_prefetch(on, "current_terms"),
            Prefetch("terms", queryset=upcoming.order_by("starts_on", "pk"), to_attr="next_terms"),
        )
        .order_by("order_in_entity", "title")
    )


def authority_candidates(entity: Entity) -> QuerySet[Person]:
    """Who the change of authorities offers from the Registro: whoever holds or held a cargo of the
    entity (a regidor elected mayor, a re-elected councillor), in alphabetical order."""
    held = Term.objects.filter(position__entity=entity).values("person_id")
    return Person.objects.filter(pk__in=held, is_active=True).order_by("sort_key", "pk")


def person_terms(person: Person) -> QuerySet[Term]:
    return person.terms.select_related("position__entity").order_by("-starts_on")


def position_terms(position: Position) -> QuerySet[Term]:
    return position.terms.select_related("person").order_by("-starts_on", "-pk")
