"""The watch list: terms generated from the Registro plus what the office adds."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.core.text import fold
from heraldo.directory.models import Entity
from heraldo.monitoring.matching import Matcher
from heraldo.monitoring.models import TermKind, TermOrigin, Topic, WatchTerm

MAYOR_TITLES = ("burgomaestre", "burgomaestra")


def _current_terms(on: date):
    try:
        from heraldo.directory.selectors import current_terms
    except ImportError:  # the Registro's selectors are not there yet: same rule, read directly
        from django.db.models import Q

        from heraldo.directory.models import Term, TermStatus

        return Term.objects.filter(
            Q(starts_on__lte=on),
            Q(ends_on__isnull=True) | Q(ends_on__gte=on),
            status__in=(TermStatus.TITULAR, TermStatus.ENCARGADO),
        ).select_related("person", "position", "position__entity")
    return current_terms(on=on)


def registry_phrases(*, on: date) -> list[tuple[str, str, int | None]]:
    """(phrase, kind, person id) the Registro implies today."""
    phrases: list[tuple[str, str, int | None]] = []
    own = Entity.objects.filter(is_own_municipality=True).first()
    if own is None:
        return phrases
    phrases.append((own.name, TermKind.MUNICIPALITY, None))
    if own.short_name:
        phrases.append((own.short_name, TermKind.MUNICIPALITY, None))
    place = own.name
    for prefix in ("Municipalidad Distrital de ", "Municipalidad Provincial de ", "Municipalidad de "):
        if own.name.startswith(prefix):
            place = own.name.removeprefix(prefix)
    if place != own.name:
        for variant in (f"Municipalidad de {place}", f"Municipio de {place}", f"comuna de {place}", place):
            phrases.append((variant, TermKind.MUNICIPALITY, None))
    for term in _current_terms(on).filter(position__entity=own):
        person = term.person
        position = term.position
        is_mayor = position.office_code.upper().startswith("ALCALDE") or fold(position.title) == "alcalde"
        kind = TermKind.MAYOR if is_mayor else TermKind.AUTHORITY
        first_given = person.given_names.split()[0] if person.given_names else ""
        first_surname = person.surnames.split()[0] if person.surnames else ""
        candidates = {person.full_name, f"{first_given} {first_surname}".strip()}
        title = position.title_for(person.sex)
        if title:
            candidates.add(f"{title} {first_surname}".strip())
            if is_mayor:
                candidates.add(f"{title} de {place}")
                candidates.update(f"el {word}" for word in MAYOR_TITLES[:1] if person.sex != "F")
                candidates.update(f"la {word}" for word in MAYOR_TITLES[1:] if person.sex == "F")
        for phrase in candidates:
            if len(phrase.split()) >= 2:
                phrases.append((phrase, kind, person.pk))
    return phrases


@transaction.atomic
def watchlist_sync_from_registry(*, actor, on: date | None = None) -> int:
    """Add the phrases the Registro implies; never removes what the office edited. Returns how many were added."""
    on = on or timezone.localdate()
    added = 0
    for phrase, kind, person_id in registry_phrases(on=on):
        folded = " ".join(fold(phrase).split())
        _term, created = WatchTerm.objects.get_or_create(
            folded=folded,
            kind=kind,
            defaults={"phrase": phrase, "origin": TermOrigin.REGISTRY, "person_id": person_id},
        )
        added += created
    audit_record(actor=actor, action="monitoring.watchlist.synced", changes={"added": added})
    return added


@transaction.atomic
def watch_term_create(*, actor, phrase: str, kind: str, topic: Topic | None = None) -> WatchTerm:
    term = WatchTerm.objects.create(
        phrase=phrase.strip(), folded=" ".join(fold(phrase).split()), kind=kind, topic=topic, origin=TermOrigin.OFFICE
    )
    audit_record(actor=actor, action="monitoring.term.created", target=term)
    return term


@transaction.atomic
def watch_term_set_active(*, actor, term: WatchTerm, is_active: bool) -> WatchTerm:
    if term.is_active != is_active:
        term.is_active = is_active
        term.save(update_fields=["is_active"])
        audit_record(
            actor=actor,
            action="monitoring.term.updated",
            target=term,
            changes={"is_active": [not is_active, is_active]},
        )
    return term


@transaction.atomic
def topic_create(*, actor, name: str, keywords: list[str]) -> Topic:
    topic = Topic.objects.create(name=name.strip())
    for keyword in keywords:
        WatchTerm.objects.get_or_create(
            folded=" ".join(fold(keyword).split()),
            kind=TermKind.TOPIC,
            defaults={"phrase": keyword.strip(), "topic": topic},
        )
    audit_record(actor=actor, action="monitoring.topic.created", target=topic, changes={"keywords": keywords})
    return topic


_MATCHER: tuple[int, Matcher] | None = None


def current_matcher() -> Matcher:
    """The automaton of the active watch list, rebuilt only when the list changed."""
    global _MATCHER
    rows = list(WatchTerm.objects.filter(is_active=True).order_by("pk").values_list("pk", "phrase", "kind"))
    stamp = hash(tuple(rows))
    if _MATCHER is None or _MATCHER[0] != stamp:
        matcher = Matcher((pk, phrase, kind == TermKind.NEGATIVE) for pk, phrase, kind in rows)
        matcher.term_kinds = {pk: kind for pk, _phrase, kind in rows}
        _MATCHER = (stamp, matcher)
    return _MATCHER[1]
