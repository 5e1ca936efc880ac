"""Who and what a piece's texts name: officials (names, surnames, nicknames, initials, posts), political
organisations (names, acronyms, slogans) and appeals for or against a political option. Texts are folded
(`heraldo.core.text.fold`) so case and accents never hide a match; phrases match whole words only."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from heraldo.core.text import fold
from heraldo.publicity.rules.data import Authority, Palette

ARTICLES = ("el", "la", "nuestro", "nuestra", "senor", "senora", "sr.", "sra.", "del", "al")
# Posts that identify one person even when the Registro holds nobody for them.
MAYOR_POSTS = ("alcalde", "alcaldesa", "teniente alcalde", "teniente alcaldesa")
POST_PHRASES = ("gestion edil", "gestion del alcalde", "gestion de la alcaldesa", "gestion del teniente alcalde")
# Appeals for or against an option (E6).
APPEALS = (
    "vota por",
    "vote por",
    "voten por",
    "votemos por",
    "votar por",
    "no votes",
    "no vote por",
    "no voten",
    "marca por",
    "marque por",
    "marca la",
    "marque la",
    "elige a",
    "elijamos a",
    "reeleccion",
    "reelegir",
    "reelijamos",
    "reelige",
    "candidato",
    "candidata",
    "candidatura",
    "tu voto",
    "su voto por",
)
# Phrases that give the credit to the administration rather than inform (P3).
PROMOTIONAL = (
    "gracias al alcalde",
    "gracias a la alcaldesa",
    "gracias a la gestion",
    "logros de la gestion",
    "obra de la gestion",
    "cumpliendo lo prometido",
    "promesa cumplida",
)


def _pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    unique = sorted({phrase for phrase in phrases if phrase}, key=len, reverse=True)
    if not unique:
        return None
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(phrase) for phrase in unique) + r")(?![\w])")


def _initials(authority: Authority) -> str:
    words = (authority.given_names + " " + authority.surnames).split()
    if len(words) < 3:
        return ""
    return ".".join(word[0] for word in words) + "."


@dataclass(frozen=True)
class Mention:
    phrase: str  # the words as found (folded)
    authority: Authority | None  # None: a post with no holder on record


class OfficialMatcher:
    """Finds the officials a text names: built once from the authorities, then used for every piece."""

    def __init__(self, authorities: Iterable[Authority]):
        self.by_phrase: dict[str, Authority] = {}
        self.by_id: dict[int, Authority] = {}
        posts: set[str] = set(MAYOR_POSTS)
        for authority in authorities:
            if authority.person_id is not None:
                self.by_id[authority.person_id] = authority
            given, surnames = fold(authority.given_names).split(), fold(authority.surnames).split()
            names = {fold(authority.full_name), " ".join(given + surnames)}
            if given and surnames:
                names.add(f"{given[0]} {surnames[0]}")
            if len(surnames) >= 2:
                names.add(" ".join(surnames))
            names |= {fold(nickname) for nickname in authority.nicknames}
            if initials := _initials(authority):
                names.add(fold(initials))
            for name in names:
                if len(name) >= 3:
                    self.by_phrase.setdefault(name.strip(), authority)
            posts |= {fold(post) for post in authority.posts if post.strip()}
        self.post_phrases = {f"{article} {post}" for article in ARTICLES for post in posts} | set(POST_PHRASES)
        self.names = _pattern(self.by_phrase)
        self.posts = _pattern(self.post_phrases)

    def in_texts(self, texts: Iterable[str]) -> tuple[list[Mention], list[str]]:
        """(names found, posts found) in the texts."""
        mentions: list[Mention] = []
        posts: list[str] = []
        for text in texts:
            folded = fold(text)
            if self.names:
                mentions += [Mention(m.group(1), self.by_phrase[m.group(1)]) for m in self.names.finditer(folded)]
            if self.posts:
                posts += [m.group(1) for m in self.posts.finditer(folded)]
        return mentions, posts

    def person(self, who: str | int) -> Authority | None:
        """The official a detected person or a name is, if any (by the Registro's id, or by name)."""
        if isinstance(who, int):
            return self.by_id.get(who)
        folded = fold(who).strip()
        if folded in self.by_phrase:
            return self.by_phrase[folded]
        if self.names and (match := self.names.search(folded)):
            return self.by_phrase[match.group(1)]
        return None


class PhraseMatcher:
    """Finds any of a fixed set of phrases (folded, whole words)."""

    def __init__(self, phrases: Iterable[str]):
        self.pattern = _pattern(fold(phrase).strip() for phrase in phrases)

    def find(self, texts: Iterable[str]) -> list[str]:
        if self.pattern is None:
            return []
        return [match.group(1) for text in texts for match in self.pattern.finditer(fold(text))]


class OrganisationMatcher:
    """Finds the political organisations a text or a logo names (their names, acronyms, slogans)."""

    def __init__(self, palettes: Iterable[Palette]):
        self.by_phrase: dict[str, Palette] = {}
        for palette in palettes:
            for phrase in (palette.organisation, *palette.keywords):
                folded = fold(phrase).strip()
                if len(folded) >= 2:
                    self.by_phrase.setdefault(folded, palette)
        self.pattern = _pattern(self.by_phrase)

    def find(self, texts: Iterable[str]) -> list[tuple[str, Palette]]:
        if self.pattern is None:
            return []
        return [
            (match.group(1), self.by_phrase[match.group(1)])
            for text in texts
            for match in self.pattern.finditer(fold(text))
        ]
