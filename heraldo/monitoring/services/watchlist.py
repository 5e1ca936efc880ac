"""The watch list: terms generated from the Registro plus what the office adds."""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue
from heraldo.core.text import fold
from heraldo.core.writes import Refused, StateConflict
from heraldo.directory.models import Entity, Person
from heraldo.directory.selectors import current_terms
from heraldo.monitoring.ingestion.analyse import MAYOR_TITLE_WORDS, TITLE_WORDS
from heraldo.monitoring.matching import Matcher
from heraldo.monitoring.models import Clipping, TermKind, TermOrigin, Topic, WatchTerm
from heraldo.monitoring.services.authorities import authority_aliases

# Position words that refer back to the Mayor once named ("el burgomaestre dijo…"); never aliases on their own.
MAYOR_TITLES = ("burgomaestre", "burgomaestra")


def _own_place(own: Entity) -> str:
    place = own.name
    for prefix in ("Municipalidad Distrital de ", "Municipalidad Provincial de ", "Municipalidad de "):
        if own.name.startswith(prefix):
            place = own.name.removeprefix(prefix)
    return place


def _is_mayor(position) -> bool:
    return position.office_code.upper().startswith("ALCALDE") or fold(position.title) == "alcalde"


_LEVEL_WORDS = {"PROVINCIAL": "provincial", "DISTRITAL": "distrital"}


def registry_phrases(*, on: date) -> list[tuple[str, str, int | None]]:
    """(phrase, kind, person id) the Registro implies today: only phrases that identify someone.

    The institution by its name, short name and "Municipalidad / Municipio / comuna / gobierno local / alcaldía de
    <place>"; the place alone is a place of the district, not the institution. A person is named by the forms an
    analyst's entry gets (`authority_aliases`: full name, first or all given names with one or both surnames, both
    surnames, title with one or both surnames) and by "<title> de <place>". A title alone ("el burgomaestre") names
    every town's mayor: it is a reference (see `registry_references`), not an alias.
    """
    phrases: list[tuple[str, str, int | None]] = []
    own = Entity.objects.filter(is_own_municipality=True).first()
    if own is None:
        return phrases
    phrases.append((own.name, TermKind.MUNICIPALITY, None))
    if own.short_name:
        phrases.append((own.short_name, TermKind.MUNICIPALITY, None))
    place = _own_place(own)
    if place != own.name:
        for institution in ("Municipalidad", "Municipio", "comuna", "gobierno local", "alcaldía"):
            phrases.append((f"{institution} de {place}", TermKind.MUNICIPALITY, None))
        # The district's name alone is a place, not the institution: "vecinos de <place>", a namesake hamlet or a
        # football club name it too. It counts as ours only beside a municipal cue (see analyse.resolved_hits).
        phrases.append((place, TermKind.PLACE, None))
    for term in current_terms(on=on).filter(position__entity=own):
        person = term.person
        position = term.position
        is_mayor = _is_mayor(position)
        kind = TermKind.MAYOR if is_mayor else TermKind.AUTHORITY
        title = position.title_for(person.sex)
        candidates = authority_aliases(given_names=person.given_names, surnames=person.surnames, title=title)
        if title:
            candidates.append(f"{title} de {place}")
            if is_mayor and own.level in _LEVEL_WORDS:
                # "el alcalde provincial de <place>", "la alcaldesa distrital de <place>": the press adds the level
                candidates.append(f"{title} {_LEVEL_WORDS[own.level]} de {place}")
        for phrase in candidates:
            phrases.append((phrase, kind, person.pk))
    return phrases


def registry_references(*, on: date) -> list[tuple[str, str, int | None]]:
    """(phrase, kind, person id) of the words that refer back to a named authority: position, first surname.

    Matched only after that person (or the municipality) was named in the same text, and not when
    another town or another name follows them ("el alcalde de Lima", "el alcalde Luis Quispe").
    A title two current officials share refers to neither.
    """
    own = Entity.objects.filter(is_own_municipality=True).first()
    if own is None:
        return []
    holders: dict[str, list[tuple[str, int]]] = {}
    for term in current_terms(on=on).filter(position__entity=own):
        person, position = term.person, term.position
        is_mayor = _is_mayor(position)
        kind = TermKind.MAYOR if is_mayor else TermKind.AUTHORITY
        words = {position.title_for(person.sex)}
        surnames = person.surnames.split()
        if surnames and len(fold(surnames[0])) >= 4:
            words.add(surnames[0])  # "…», afirmó Cárdenas": the surname alone, once the full name was used
        if is_mayor:
            words.add(MAYOR_TITLES[1] if person.sex == "F" else MAYOR_TITLES[0])
        for word in words:
            if word and len(fold(word)) >= 4:
                holders.setdefault(" ".join(fold(word).split()), []).append((kind, person.pk))
    references: list[tuple[str, str, int | None]] = [
        # The institution's own words: ours when the story names us and no other municipality.
        (word, TermKind.MUNICIPALITY, None)
        for word in ("la municipalidad", "el municipio", "la comuna", "el municipio distrital")
    ]
    for folded, found in holders.items():
        if len({person for _kind, person in found}) == 1:
            references.append((folded, found[0][0], found[0][1]))
    return references


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
    for phrase, kind, person_id in registry_references(on=on):
        _term, created = WatchTerm.objects.get_or_create(
            folded=phrase,
            kind=kind,
            defaults={
                "phrase": phrase,
                "origin": TermOrigin.REGISTRY,
                "person_id": person_id,
                "needs_antecedent": True,
            },
        )
        added += created
    audit_record(actor=actor, action="monitoring.watchlist.synced", changes={"added": added})
    return added


@transaction.atomic
def watch_term_create(*, actor, phrase: str, kind: str, topic: Topic | None = None) -> WatchTerm:
    # The form checks this first; the constraint still decides when the same phrase is sent twice at once
    # (a double click), and the second gets the form's sentence instead of an error page.
    try:
        with transaction.atomic():
            term = WatchTerm.objects.create(
                phrase=phrase.strip(),
                folded=" ".join(fold(phrase).split()),
                kind=kind,
                topic=topic,
                origin=TermOrigin.OFFICE,
            )
    except IntegrityError:
        raise StateConflict(_("Esa frase ya está en la lista de vigilancia."), field="phrase") from None
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


def watched_people():
    """The people the watch list follows (linked to at least one term), to link an alias to."""
    return Person.objects.filter(pk__in=WatchTerm.objects.filter(person__isnull=False).values("person_id")).order_by(
        "surnames", "given_names"
    )


def person_kind(person) -> str:
    """The Mayor's aliases count as the Mayor's (alert rules for the Mayor follow them); others' as an authority."""
    if WatchTerm.objects.filter(person=person, kind=TermKind.MAYOR).exists():
        return TermKind.MAYOR
    return TermKind.AUTHORITY


@transaction.atomic
def watch_term_link_person(*, actor, term: WatchTerm, person) -> WatchTerm:
    """An alias the office added ("el Chato Cárdenas") now names this person, and counts as them."""
    before = {"person": term.person_id, "kind": term.kind}
    kind = person_kind(person)
    if WatchTerm.objects.filter(folded=term.folded, kind=kind).exclude(pk=term.pk).exists():
        raise Refused(_("Esa frase ya está en la lista de vigilancia para esa persona."))
    term.person, term.kind, term.topic = person, kind, None
    term.save(update_fields=["person", "kind", "topic"])
    audit_record(
        actor=actor,
        action="monitoring.term.linked",
        target=term,
        changes={"person": [before["person"], person.pk], "kind": [before["kind"], kind]},
    )
    return term


@transaction.atomic
def watch_term_unlink_person(*, actor, term: WatchTerm) -> WatchTerm:
    """The alias no longer names anyone: it stays on the list as a phrase of an authority, no longer the Mayor's."""
    before = {"person": term.person_id, "kind": term.kind}
    term.person = None
    if (
        term.kind == TermKind.MAYOR
        and not WatchTerm.objects.filter(folded=term.folded, kind=TermKind.AUTHORITY).exists()
    ):
        term.kind = TermKind.AUTHORITY
    term.save(update_fields=["person", "kind"])
    audit_record(
        actor=actor,
        action="monitoring.term.unlinked",
        target=term,
        changes={"person": [before["person"], None], "kind": [before["kind"], term.kind]},
    )
    return term


@transaction.atomic
def topic_create(*, actor, name: str, keywords: list[str]) -> Topic:
    folded = {" ".join(fold(keyword).split()): keyword.strip() for keyword in keywords}
    taken = WatchTerm.objects.filter(kind=TermKind.TOPIC, folded__in=list(folded)).select_related("topic").first()
    if taken is not None:  # never dropped in silence: the form says so first, this is the last guard
        raise Refused(
            _("«%(keyword)s» ya es palabra clave del tema %(topic)s.")
            % {"keyword": taken.phrase, "topic": taken.topic},
            field="keywords",
        )
    topic = Topic.objects.create(name=name.strip())
    for key, phrase in folded.items():
        WatchTerm.objects.create(folded=key, kind=TermKind.TOPIC, phrase=phrase, topic=topic)
    audit_record(actor=actor, action="monitoring.topic.created", target=topic, changes={"keywords": keywords})
    if Clipping.objects.exists():
        enqueue("monitoring.topics_retag")  # the stored clippings are filed under it too
    return topic


# An office alias made of an institution word and the district's demonym ("municipio totoraleño", "comuna
# alondrina") gives the demonym: it names the institution with the other words ("la municipalidad totoraleña") and
# the Mayor with the title ("el alcalde totoraleño"), as "… de <place>" does. The word's gender gives the titles
# (`MAYOR_TITLE_WORDS`, by ending).
_INSTITUTION_WORDS = {"municipalidad": "a", "municipio": "o", "comuna": "a"}
# What follows those words without being a demonym ("municipio distrital", "comuna local"). Folded.
_NOT_DEMONYMS = frozenset(
    "provincial distrital regional local municipal vecinal nacional central rural urbano urbana metropolitano "
    "metropolitana".split()
)


def demonym_forms(rows) -> list[tuple[int, str]]:
    """(term id, folded phrase): the institution's and the Mayor's names made with the demonym of an office alias.

    rows: (term id, phrase, kind, person id, needs antecedent) of the active watch list. Each form counts as the
    term it comes from: the alias for the institution, the Mayor's "<title> de <place>" for the Mayor.
    """
    demonyms: dict[int, str] = {}  # alias id -> the demonym's stem ("totoralen"), or the invariant demonym
    for term_id, phrase, kind, _person, needs_antecedent in rows:
        words = fold(phrase).split()
        if kind != TermKind.MUNICIPALITY or needs_antecedent or len(words) != 2:
            continue
        noun, adjective = words
        if noun not in _INSTITUTION_WORDS or adjective in _NOT_DEMONYMS:
            continue
        if adjective[-1:] in ("o", "a"):
            demonyms[term_id] = adjective[:-1]
        elif adjective.endswith("ense"):  # the same for both genders: "municipio guayacanense", "comuna guayacanense"
            demonyms[term_id] = adjective
    if not demonyms:
        return []
    forms = [
        (term_id, f"{noun} {_demonym(stem, ending)}")
        for term_id, stem in demonyms.items()
        for noun, ending in _INSTITUTION_WORDS.items()
    ]
    places = [fold(row[1]) for row in rows if row[2] == TermKind.PLACE]
    for term_id, phrase, kind, person, needs_antecedent in rows:
        title, _de, place = fold(phrase).partition(" de ")
        ending = next((end for end, words in MAYOR_TITLE_WORDS.items() if title == words[0]), None)
        if kind == TermKind.MAYOR and person and not needs_antecedent and place in places and ending:
            stems = set(demonyms.values())
            forms.extend(
                (term_id, f"{word} {_demonym(stem, ending)}") for stem in stems for word in MAYOR_TITLE_WORDS[ending]
            )
    return forms


def _demonym(stem: str, ending: str) -> str:
    """The demonym agreeing with its noun: "totoralen" + "a"; an invariant one ("guayacanense") as it is."""
    return stem if stem.endswith("ense") else f"{stem}{ending}"


def nickname_forms(rows, term_person: dict[int, int], people: dict[int, tuple[list[str], list[str], str]]):
    """(term id, folded phrase): "el Chino" for the office's alias "Chino Cárdenas" of a watched person, and "el
    alcalde Chino" when that person is the Mayor.

    An alias made of one capitalised word that is none of the person's names nor a post, and their first surname,
    gives their nickname; the press also uses it alone, with the article ("el Chino no respondió"). Such a form is
    one a namesake shares: it counts only capitalised and beside something of the municipality (see
    analyse.resolved_hits). With the Mayor's title before it ("la alcaldesa Chela vino a la losa") it is hers: a
    singer or a footballer of that nickname is not the Mayor.
    """
    forms = []
    for term_id, phrase, kind, _person, needs_antecedent, *_rest in rows:
        person = term_person.get(term_id)
        if person not in people or needs_antecedent:
            continue
        given, surnames, sex = people[person]
        words = [word for word in phrase.split() if fold(word) not in ("el", "la")]
        if len(words) != 2 or not surnames or fold(words[1]) != surnames[0] or not words[0][:1].isupper():
            continue
        nickname = fold(words[0])
        if nickname not in given and nickname not in surnames and nickname not in TITLE_WORDS:
            forms.append((term_id, f"{'la' if sex == 'F' else 'el'} {nickname}"))
            if kind == TermKind.MAYOR:
                mayor_title = MAYOR_TITLE_WORDS["a" if sex == "F" else "o"][0]
                forms.append((term_id, f"{mayor_title} {nickname}"))
    return forms


_MATCHER: tuple[int, Matcher] | None = None


def current_matcher() -> Matcher:
    """The automaton of the active watch list, rebuilt only when the list changed."""
    global _MATCHER
    rows = list(
        WatchTerm.objects.filter(is_active=True)
        .order_by("pk")
        .values_list("pk", "phrase", "kind", "person_id", "needs_antecedent", "topic_id")
    )
    level = Entity.objects.filter(is_own_municipality=True).values_list("level", flat=True).first() or ""
    stamp = hash((tuple(rows), level))
    if _MATCHER is None or _MATCHER[0] != stamp:
        # The Mayor's aliases the office added without linking them are the Mayor's (see `person_kind`).
        mayors = {row[3] for row in rows if row[2] == TermKind.MAYOR and row[3]}
        mayor = mayors.pop() if len(mayors) == 1 else None
        term_person = {}
        for row in rows:
            person = row[3] or (mayor if row[2] == TermKind.MAYOR else None)
            if person:
                term_person[row[0]] = person
        people = {
            pk: (fold(given_names).split(), fold(surnames).split(), sex)
            for pk, given_names, surnames, sex in Person.objects.filter(pk__in=set(term_person.values())).values_list(
                "pk", "given_names", "surnames", "sex"
            )
        }
        derived = demonym_forms([row[:5] for row in rows]) + nickname_forms(rows, term_person, people)
        matcher = Matcher(
            [(row[0], row[1], row[2] == TermKind.NEGATIVE) for row in rows]
            + [(term_id, phrase, False) for term_id, phrase in derived]
        )
        matcher.term_kinds = {row[0]: row[2] for row in rows}
        matcher.term_person = term_person
        matcher.reference_ids = {row[0] for row in rows if row[4]}
        matcher.term_topic = {row[0]: row[5] for row in rows if row[5]}
        matcher.term_phrase = {row[0]: row[1] for row in rows if row[5]}
        for row in rows:
            if row[0] in term_person:
                matcher.person_words.setdefault(term_person[row[0]], set()).update(fold(row[1]).split())
        matcher.person_names = {pk: (given, surnames) for pk, (given, surnames, _sex) in people.items()}
        matcher.own_level = fold(level)
        matcher.place_phrases = frozenset(
            " ".join(fold(row[1]).split()) for row in rows if row[2] in (TermKind.PLACE, TermKind.MUNICIPALITY)
        )
        _MATCHER = (stamp, matcher)
    return _MATCHER[1]
