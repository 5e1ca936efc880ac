"""The change of authorities after an election: all holders of an entity replaced in one sitting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction

from heraldo.core.audit import audit_record
from heraldo.core.text import fold
from heraldo.directory.models import Entity, Person, Position, Term, TermStatus
from heraldo.directory.selectors import CURRENT_STATUSES
from heraldo.directory.services.registry import person_create, term_create, term_end

# Regional and municipal authorities are elected together for four years from 1 January
# (2023–2026, 2027–2030: Ley 26864 art. 34 and the domain note §2).
FIRST_TERM_YEAR = 2023
TERM_YEARS = 4


def term_start_default(today: date) -> date:
    """The day new authorities take office: 1 January of the coming term, or of the term just
    begun while its first half-year lasts (a change registered a few weeks late)."""
    started = today.year - (today.year - FIRST_TERM_YEAR) % TERM_YEARS
    just_begun = today.year == started and today.month <= 6
    return date(started if just_begun else started + TERM_YEARS, 1, 1)


@dataclass(frozen=True)
class NewHolder:
    position: Position
    given_names: str
    surnames: str
    sex: str = ""
    status: str = TermStatus.TITULAR
    person: Person | None = None  # someone already in the Registro, picked by the office


def find_person_by_name(given_names: str, surnames: str) -> Person | None:
    """The one registered person with exactly these names (accents and case ignored), if unambiguous."""
    wanted_given, wanted_surnames = fold(given_names.strip()), fold(surnames.strip())
    candidates = Person.objects.filter(search_text__startswith=f"{wanted_given} {wanted_surnames}")
    exact = [p for p in candidates if fold(p.given_names) == wanted_given and fold(p.surnames) == wanted_surnames]
    return exact[0] if len(exact) == 1 else None


def open_terms_at(position: Position, day: date):
    return Term.objects.filter(position=position, status__in=CURRENT_STATUSES, starts_on__lt=day).exclude(
        ends_on__lt=day
    )


def authorities_replace(
    *,
    actor,
    entity: Entity,
    starts_on: date,
    changes: list[NewHolder],
    source_document: str = "",
) -> list[Term]:
    """Close every current term of the changed cargos the day before `starts_on` and open the new ones.

    Either every change goes in or none does. Old terms are ended, never deleted:
    they remain the history of the cargo.
    """
    previous_end = starts_on - timedelta(days=1)
    created: list[Term] = []
    summary: dict[str, list[str]] = {}
    with transaction.atomic():
        for change in changes:
            if change.position.entity_id != entity.pk:
                raise ValueError("position outside the entity")
            leaving = []
            for term in open_terms_at(change.position, starts_on).select_related("person", "position"):
                term_end(actor=actor, term=term, ends_on=previous_end)
                leaving.append(term.person.full_name)
            person = (
                change.person
                or find_person_by_name(change.given_names, change.surnames)
                or person_create(
                    actor=actor,
                    data={
                        "given_names": change.given_names.strip(),
                        "surnames": change.surnames.strip(),
                        "sex": change.sex,
                    },
                )
            )
            term = term_create(
                actor=actor,
                data={
                    "position": change.position,
                    "person": person,
                    "status": change.status,
                    "starts_on": starts_on,
                    "source_document": source_document,
                },
            )
            created.append(term)
            summary[
                str(change.position.title)
                + (f" {change.position.order_in_entity}" if change.position.order_in_entity else "")
            ] = [
                ", ".join(leaving) or "—",
                person.full_name,
            ]
        audit_record(actor=actor, action="directory.authorities.replaced", target=entity, changes=summary)
    return created


def term_open(
    *, actor, data: dict, person: Person | None = None, given_names: str = "", surnames: str = "", sex: str = ""
) -> Term:
    """Open a term for a known person, or for one found (or registered) by name."""
    with transaction.atomic():
        if person is None:
            person = find_person_by_name(given_names, surnames) or person_create(
                actor=actor, data={"given_names": given_names, "surnames": surnames, "sex": sex}
            )
        return term_create(actor=actor, data={**data, "person": person})
