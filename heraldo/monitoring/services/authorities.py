"""The authorities the office watches, entered by Monitoreo itself (no other role needed).

A watched authority is a person of the Registro (found by name, or added with only the name) plus the phrases
that identify them in the news, linked to them: the archive's filter by authority, the mention alerts and the
síntesis then follow them like the officials the Registro's cargos bring in.
"""

from __future__ import annotations

from django.db import transaction

from heraldo.core.audit import audit_record
from heraldo.core.text import fold
from heraldo.directory.models import Person
from heraldo.monitoring.models import TermKind, TermOrigin, WatchTerm


def authority_aliases(*, given_names: str, surnames: str, title: str = "") -> list[str]:
    """Phrases that identify one person: full name, first name with one or both surnames, all the given names with
    the first surname ("Flor de María Terrones": the press drops the second surname more often than a given name),
    both surnames, and the cargo with the surname(s). Never a cargo alone ("el gerente" names anyone's)."""
    given, family = given_names.split(), surnames.split()
    first_given = given[0] if given else ""
    first_surname = family[0] if family else ""
    candidates = [f"{given_names} {surnames}", f"{first_given} {first_surname}", f"{given_names} {first_surname}"]
    if len(family) >= 2:
        candidates += [f"{first_given} {surnames}", surnames]
    if title and first_surname:
        candidates.append(f"{title} {first_surname}")
        if len(family) >= 2:
            candidates.append(f"{title} {surnames}")
    seen, aliases = set(), []
    for phrase in candidates:
        phrase = " ".join(phrase.split())
        key = fold(phrase)
        if len(phrase.split()) >= 2 and key not in seen:
            seen.add(key)
            aliases.append(phrase)
    return aliases


def person_named(given_names: str, surnames: str) -> Person | None:
    """The Registro's person with exactly these names (accents and capitals aside), if there is one."""
    wanted = (fold(" ".join(given_names.split())), fold(" ".join(surnames.split())))
    for person in Person.objects.filter(surnames__iexact=" ".join(surnames.split())).only(
        "pk", "given_names", "surnames"
    )[:20]:
        if (fold(person.given_names), fold(person.surnames)) == wanted:
            return person
    return None


@transaction.atomic
def watched_authority_add(
    *, actor, given_names: str, surnames: str, title: str = "", sex: str = "", is_mayor: bool = False
) -> tuple[Person, list[WatchTerm]]:
    """Watch this person: found in the Registro or added there with just the name; returns the new phrases."""
    given_names, surnames, title = (" ".join(v.split()) for v in (given_names, surnames, title))
    person = person_named(given_names, surnames)
    if person is None:
        person = Person.objects.create(given_names=given_names, surnames=surnames, sex=sex)
    kind = TermKind.MAYOR if is_mayor else TermKind.AUTHORITY
    added = []
    for phrase in authority_aliases(given_names=given_names, surnames=surnames, title=title):
        term, created = WatchTerm.objects.get_or_create(
            folded=" ".join(fold(phrase).split()),
            kind=kind,
            defaults={"phrase": phrase, "origin": TermOrigin.OFFICE, "person": person},
        )
        if created:
            added.append(term)
    audit_record(
        actor=actor,
        action="monitoring.authority.added",
        target=person,
        changes={"title": title, "phrases": [t.phrase for t in added], "mayor": is_mayor},
    )
    return person, added
