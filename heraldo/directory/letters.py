"""Suggested congratulation and condolence letters, addressed with the right form of address.

The text is a suggestion the office edits before printing; the forms of address
come from the cargo (Señor Alcalde / Señora Alcaldesa) and the person's sex.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from heraldo.directory.models import Entity, GreetingOccasion, Person, Term
from heraldo.directory.selectors import current_terms, own_municipality


@dataclass
class Letter:
    occasion: str
    recipient_lines: list[str]
    salutation: str
    body: str
    closing: str
    signer_lines: list[str]
    place_and_date: str


MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


FEMININE_STARTS = (
    "municipalidad",
    "institucion",
    "asociacion",
    "universidad",
    "parroquia",
    "comisaria",
    "subprefectura",
    "prefectura",
    "direccion",
    "junta",
    "radio",
    "federacion",
    "organizacion",
)
MASCULINE_STARTS = (
    "gobierno",
    "obispado",
    "arzobispado",
    "congreso",
    "colegio",
    "batallon",
    "diario",
    "canal",
    "ministerio",
    "club",
    "comite",
    "instituto",
    "hospital",
    "centro",
)


def with_article(name: str) -> str:
    """'la Municipalidad…', 'el Colegio…': Spanish needs the article before an institution's name."""
    from heraldo.core.text import fold

    first = fold(name.split(" ", 1)[0]) if name else ""
    if first in FEMININE_STARTS:
        return f"la {name}"
    if first in MASCULINE_STARTS:
        return f"el {name}"
    return name


def of_name(name: str) -> str:
    """'de la Municipalidad…', 'del Colegio…'."""
    named = with_article(name)
    return f"del {named[3:]}" if named.startswith("el ") else f"de {named}"


def long_date(day: date) -> str:
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def head_of(entity: Entity, *, on: date) -> Term | None:
    """Who speaks for the entity: the holder of its first cargo (the Mayor, the director)."""
    return (
        current_terms(on=on)
        .filter(position__entity=entity)
        .order_by("position__order_in_entity", "position__pk")
        .first()
    )


def _addressed(term: Term | None, fallback: str) -> tuple[list[str], str]:
    if term is None:
        return [fallback], _("De nuestra consideración:")
    person, position = term.person, term.position
    title = position.title_for(person.sex)
    name = " ".join(part for part in (person.honorific, person.academic_title, person.full_name) if part)
    address = position.address_for(person.sex) or (_("Señora") if person.sex == "F" else _("Señor"))
    return [name, title, position.entity.name], f"{address}:"


def _signer(on: date) -> list[str]:
    own = own_municipality()
    if own is None:
        return [""]
    mayor = head_of(own, on=on)
    if mayor is None:
        return [own.name]
    return [mayor.person.full_name, mayor.position.title_for(mayor.person.sex), own.name]


def suggested_letter(*, occasion: str, entity: Entity | None = None, person: Person | None = None, on: date) -> Letter:
    """The letter is always in Spanish, whatever language the user works in: it goes to Peruvian authorities."""
    from django.utils import translation

    with translation.override("es"):
        return _suggested_letter(occasion=occasion, entity=entity, person=person, on=on)


def _suggested_letter(*, occasion: str, entity: Entity | None, person: Person | None, on: date) -> Letter:
    own = own_municipality()
    town = (own.address.split(",")[-1].strip() if own and own.address else "") or (own.name if own else "")
    own_name = with_article(own.name) if own else _("nuestra municipalidad")
    if person is not None:
        term = current_terms(on=on).filter(person=person).order_by("position__order_in_entity").first()
        recipient, salutation = _addressed(term, person.full_name)
        subject_name = person.full_name
    else:
        term = head_of(entity, on=on)
        recipient, salutation = _addressed(term, entity.name)
        if term is None:
            recipient = [entity.name]
        subject_name = entity.name
    if occasion == GreetingOccasion.ANNIVERSARY and entity is not None:
        years = on.year - entity.anniversary.year if entity.anniversary else None
        which = f"{years}.º " if years and years > 0 else ""
        body = _(
            "Tengo el agrado de dirigirme a usted para expresarle, en nombre de %(own)s y en el mío propio, "
            "nuestro más cordial saludo y felicitación con motivo del %(which)saniversario %(of_entity)s. "
            "Hacemos votos para que la institución que usted dirige continúe sirviendo con éxito a nuestra "
            "comunidad, y reiteramos nuestra voluntad de seguir trabajando de manera coordinada."
        ) % {"own": own_name, "which": which, "of_entity": of_name(entity.name)}
    elif occasion == GreetingOccasion.BIRTHDAY:
        body = _(
            "Con ocasión de su onomástico, me es grato hacerle llegar, en nombre de %(own)s y en el mío propio, "
            "un cordial saludo y nuestros mejores deseos de bienestar personal y familiar, así como de éxito en "
            "las funciones que desempeña."
        ) % {"own": own_name}
    elif occasion == GreetingOccasion.CONDOLENCE:
        body = _(
            "Con profundo pesar hemos tomado conocimiento del sensible fallecimiento que enluta a %(name)s. "
            "En nombre de %(own)s y en el mío propio, le hago llegar nuestras más sentidas condolencias, "
            "haciendo votos por la pronta resignación de sus familiares y allegados."
        ) % {"name": with_article(subject_name) if entity is not None else subject_name, "own": own_name}
    else:
        body = _(
            "Me es grato dirigirme a usted para hacerle llegar, en nombre de %(own)s y en el mío propio, "
            "nuestra más sincera felicitación."
        ) % {"own": own_name}
    return Letter(
        occasion=occasion,
        recipient_lines=recipient,
        salutation=salutation,
        body=body,
        closing=_("Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración."),
        signer_lines=_signer(on),
        place_and_date=f"{town}, {long_date(on)}" if town else long_date(on),
    )
