"""Small pieces of Spanish grammar for the documents Heraldo writes in Spanish (the master of ceremonies'
script, the invitation letters): the greeting for the hour, and the article a noun phrase takes, with
"de el" and "a el" contracted to "del" and "al".

The article follows the head noun (the phrase's first word): its gender by the usual endings of Spanish
nouns plus the exceptions an office meets ("el día", "el programa", "la mano"), its number by a plural
ending. A record whose title defeats the rule stores its own article (`Event.title_article`).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from heraldo.core.text import fold


class DayPart(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    NIGHT = "night"


def day_part(moment: datetime) -> DayPart:
    """Morning until noon, afternoon until 19:00 (dusk in Lima all year), night after; `moment` in local time."""
    if 5 <= moment.hour < 12:
        return DayPart.MORNING
    if 12 <= moment.hour < 19:
        return DayPart.AFTERNOON
    return DayPart.NIGHT


GREETINGS = {DayPart.MORNING: "buenos días", DayPart.AFTERNOON: "buenas tardes", DayPart.NIGHT: "buenas noches"}


def greeting(moment: datetime) -> str:
    """ "buenos días" / "buenas tardes" / "buenas noches" for a moment in local time."""
    return GREETINGS[day_part(moment)]


ARTICLES = ("el", "la", "los", "las")
NO_ARTICLE = "-"

# Nouns whose gender is not the one their ending suggests (folded: no accents, lower case).
_MASCULINE = frozenset(
    (
        "dia mapa programa tema sistema problema clima idioma poema drama planeta cometa telegrama diagrama "
        "esquema lema dilema panorama pijama sofa te corazon camion avion gorrion sarampion aluvion guion "
        "arco alcalde aniversario izamiento lanzamiento homenaje pasacalle desfile concurso foro encuentro "
        "taller seminario congreso salon auditorio coliseo estadio parque local palacio teatro centro "
        "complejo mercado patio atrio despacho hemiciclo paraninfo malecon puente cementerio"
    ).split()
)
_FEMININE = frozenset(
    (
        "mano radio foto moto libido sede calle clase fuente llave noche tarde gente parte muerte suerte "
        "carne nube torre base fe ley red sal piel miel cruz paz voz vez luz nariz raiz imagen orden "
        "catedral explanada losa capilla parroquia iglesia plaza casa municipalidad alameda avenida"
    ).split()
)
# Feminine nouns starting with a stressed "a" take "el" in the singular ("el agua", "el aula").
_STRESSED_A = frozenset("agua aula alma area arma aguila hambre hacha ancla asta".split())
_FEMININE_ENDINGS = ("a", "ion", "dad", "tad", "tud", "umbre", "ez", "sis", "itis")


def _head(phrase: str) -> str:
    words = phrase.split()
    return fold(words[0]).strip(".,;:«»\"'()") if words else ""


def _singular(word: str) -> tuple[str, bool]:
    """The singular of a plural head noun, and whether it was plural."""
    if word in _MASCULINE or word in _FEMININE or not word.endswith("s") or word.endswith(("is", "us")):
        return word, False
    if word.endswith("ones"):
        return word[:-2], True  # reuniones -> reunion
    if word.endswith(("des", "les", "res", "nes", "ces")) and len(word) > 4:
        stem = word[:-2]
        return (stem[:-1] + "z" if stem.endswith("c") else stem), True  # ciudades -> ciudad, luces -> luz
    return word[:-1], True


def article_for(phrase: str) -> str:
    """The definite article of a noun phrase: "la" for "Sesión solemne", "los" for "Juegos Florales"."""
    word, plural = _singular(_head(phrase))
    if not word:
        return "el"
    if word in _FEMININE:
        feminine = True
    elif word in _MASCULINE:
        feminine = False
    else:
        feminine = word.endswith(_FEMININE_ENDINGS)
    if plural:
        return "las" if feminine else "los"
    if feminine and word in _STRESSED_A:
        return "el"
    return "la" if feminine else "el"


def _starts_with_article(phrase: str) -> bool:
    return _head(phrase) in ARTICLES


def with_article(phrase: str, *, article: str = "") -> str:
    """The phrase with its article: "la Sesión solemne". `article` overrides the rule ("-": none)."""
    phrase = phrase.strip()
    if not phrase or article == NO_ARTICLE:
        return phrase
    if _starts_with_article(phrase):
        first, _space, rest = phrase.partition(" ")
        return f"{first.lower()} {rest}"
    return f"{article or article_for(phrase)} {phrase}"


def _contract(preposition: str, phrase: str) -> str:
    if phrase.startswith("el "):
        return ("del " if preposition == "de" else "al ") + phrase[3:]
    return f"{preposition} {phrase}"


def of(phrase: str, *, article: str = "") -> str:
    """ "del Salón Consistorial", "de la Municipalidad"."""
    return _contract("de", with_article(phrase, article=article))


def to(phrase: str, *, article: str = "") -> str:
    """ "al Izamiento del Pabellón", "a la Sesión solemne"."""
    return _contract("a", with_article(phrase, article=article))


# Places that are named by a common noun take the article ("en el Salón Consistorial", "en la Plaza de
# Armas"); a street address or a town does not ("en Jr. Junín 345", "en Lima").
_PLACE_NOUNS = frozenset(
    (
        "salon plaza auditorio coliseo estadio parque local sede palacio teatro centro complejo mercado "
        "patio atrio despacho hemiciclo paraninfo malecon puente cementerio catedral explanada losa capilla "
        "parroquia iglesia casa municipalidad alameda sala biblioteca institucion universidad escuela "
        "colegio comisaria prefectura gobernacion oficina camara residencia hacienda playa cancha piscina "
        "pinacoteca galeria rotonda glorieta ovalo boulevard bulevar frontis terraza jardin asociacion "
        "comunidad casona club"
    ).split()
)


def in_place(place: str) -> str:
    """ "en el Salón Consistorial", "en la Plaza de Armas", "en Jr. Junín 345"."""
    place = place.strip()
    word, _plural = _singular(_head(place))
    if word in _PLACE_NOUNS or _starts_with_article(place):
        return f"en {with_article(place)}"
    return f"en {place}"
