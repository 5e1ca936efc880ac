"""Analyse: what a normalised clipping's text says: language, tone, who is named and how, relevance."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from heraldo.core.text import fold
from heraldo.monitoring.language import language_of
from heraldo.monitoring.matching import Hit, Matcher, snippet
from heraldo.monitoring.models import OUR_KINDS, Clipping, Mention, MentionHow, TermKind, Tone
from heraldo.monitoring.tone import Target, ToneModel, tone_toward

LANGUAGE_SAMPLE_CHARS = 400
IDENTITY_KINDS = frozenset({TermKind.MUNICIPALITY, TermKind.MAYOR, TermKind.AUTHORITY})
TONE_CHARS = 6000  # the tone reads the headline and the first pages of text


def analyse(clipping: Clipping, *, matcher: Matcher, tone_model: ToneModel) -> list[Mention]:
    """Fill language, tone and relevance from `search_text` and the text; returns the unsaved mentions."""
    body = clipping.full_text
    if body.strip():
        # A few hundred characters decide the language as well as two thousand, at a third of the cost.
        clipping.language = language_of(f"{clipping.title}\n{body}"[:LANGUAGE_SAMPLE_CHARS])
    mentions = _mentions_of(clipping, matcher, tone_model)
    targets = [
        Target(
            m.start,
            m.end,
            is_person=matcher.term_kinds.get(m.term_id) in (TermKind.MAYOR, TermKind.AUTHORITY),
            is_place=matcher.term_kinds.get(m.term_id) == TermKind.PLACE,
        )
        for m in mentions
        if matcher.term_kinds.get(m.term_id) in OUR_KINDS and not m.is_aside
    ]
    result = tone_toward(tone_model, clipping.search_text[:TONE_CHARS], [t for t in targets if t.start < TONE_CHARS])
    clipping.tone = result.tone
    clipping.tone_score = result.score
    clipping.tone_reasons = result.reasons
    for mention in mentions:  # each mention of ours carries the story's tone toward us
        ours = matcher.term_kinds.get(mention.term_id) in OUR_KINDS and not mention.is_aside
        mention.tone = result.tone if ours else Tone.NEUTRAL
    clipping.relevance = relevance(clipping, mentions, matcher.term_kinds)
    return mentions


def relevance(clipping: Clipping, mentions: list[Mention], term_kinds: dict[int, str]) -> int:
    """0–100: how much the office should care. Who is named, how, where, and how many people it reached."""
    # Only who is named counts: a topic keyword (or a place that may be a namesake) is what the story is about,
    # not a mention of the municipality or its authorities.
    mentions = [m for m in mentions if term_kinds.get(m.term_id) in IDENTITY_KINDS and not m.is_aside]
    if not mentions:
        return 0
    kinds = {term_kinds.get(m.term_id) for m in mentions}
    score = 10 * min(len(mentions), 4)
    score += 30 if any(m.tone == Tone.NEGATIVE for m in mentions) else 0
    score += 15 if TermKind.MAYOR in kinds else 0
    source = clipping.source
    score += 15 if source is not None and source.is_priority else 0
    reach = clipping.outlet.media_reach if clipping.outlet_id and clipping.outlet else None
    if reach:
        # 1,000 people or fewer add nothing; every tenfold adds 5 points, up to 15 at a million.
        score += int(min(15, max(0, 5 * (math.log10(reach) - 3))))
    return min(100, score)


# After a position word: another place ("el alcalde de Lima", "la municipalidad provincial") or another name
# ("el alcalde Luis Quispe").
_FOLLOWED_BY_PLACE = re.compile(r"\s*,?\s*(?:de|del|provincial|distrital|regional)\b")
_FOLLOWED_BY_NAME = re.compile(r",?\s+[A-ZÁÉÍÓÚÑ]\w+")
# Before it, another given name ("Lázaro Cárdenas" is not our Cárdenas), unless a sentence starts there.
_PRECEDED_BY_NAME = re.compile(r"(?<![.!?:«\"\n]\s)(?<!^)\b([A-ZÁÉÍÓÚÑ]\w+)\s$")
_NOT_NAMES = {"Según", "Para", "Con", "Por", "Y", "Como", "Ante", "Al", "El", "La", "Del", "De", "Tras", "Que"}
# Before it: another office ("teniente alcalde", "ex alcalde"; "vicealcalde" is one word anyway).
_OTHER_OFFICE = {"teniente", "ex", "vice", "pre"}
# Before it, a word that makes it no one in particular ("la licencia de un regidor", "otro alcalde"). Folded.
_INDEFINITE = {"un", "una", "otro", "otra", "cada", "algun", "alguna", "ningun", "ninguna", "cualquier"}
MUNICIPALITY_KEY = 0
# Words that only a municipality's story uses: the institution and its organs, its officers, and the services and
# charges that in Peru only a municipality runs. Beside one of them, the district's name (or a place of it) is where
# the municipality acts; without any, the story only happens there (a water-utility cut, a road crash, a namesake
# hamlet, a football club), and the place is not a mention of ours. Folded text.
_MUNICIPAL_CUE = re.compile(
    r"\b(?:municipalidad|municipio|comuna|gobierno local|alcaldia|concejo municipal|concejo distrital|"
    r"sesion de concejo|palacio municipal|alcalde|alcaldesa|burgomaestre|burgomaestra|teniente alcalde|"
    r"teniente alcaldesa|regidor|regidora|regidores|regidoras|concejal|concejales|gerente municipal|"
    r"gerenta municipal|gerencia municipal|subgerencia|serenazgo|serenos|policia municipal|fiscalizacion municipal|"
    r"ordenanza municipal|ordenanza|arbitrios|impuesto predial|licencia de funcionamiento|demuna|vaso de leche)\b"
)
# Of those, the services and charges: named after the lead, they are part of the scene of someone else's story
# ("serenos y marinos vigilaron la orilla" at a regatta; a private depot "sin licencia de funcionamiento" on fire); the
# story is about the municipality when its headline or lead speaks of them, or when the municipality itself acts.
_SERVICE_CUE = frozenset(
    {"serenazgo", "serenos", "arbitrios", "impuesto predial", "licencia de funcionamiento", "demuna", "vaso de leche"}
)


def resolved_hits(hits: list[Hit], matcher: Matcher, *, text: str, folded: str) -> list[tuple[Hit, str]]:
    """The hits that name someone, with how: by an alias, or by a position word referring back to them.

    A position word ("el alcalde", "la municipalidad") counts only when its person, or for the institution's own
    words the municipality, is named in the same text: before it in the body, anywhere for a headline (headlines come
    first) and for the institution's own words. A bare post after only the municipality was named is no one ("la
    municipalidad… el gerente municipal responderá"). It never counts when another place or another name follows
    it, nor right before the person's own name (one mention), nor after another town's holder of the title came in.
    """
    same_length = len(text) == len(folded)
    title_end = folded.find("\n") if "\n" in folded else len(folded)
    references = [h for h in hits if h.term_id in matcher.reference_ids]
    places = [h for h in hits if matcher.term_kinds.get(h.term_id) == TermKind.PLACE]
    names = [h for h in hits if h.term_id not in matcher.reference_ids and h not in places]
    blocked: dict[int, list[int]] = {}
    if same_length and matcher.person_words:
        # Once a name went on as another person's, the same words elsewhere (a headline) are theirs too.
        theirs = {hit.term_id for hit in names if _someone_else(hit, text, folded, matcher, blocked)}
        names = [hit for hit in names if hit.term_id not in theirs]
    names = [hit for hit in names if not _another_office(hit, folded) and not _post_run_for(hit, folded, matcher)]
    if same_length and matcher.person_names:
        names = _without_namesakes(names, text, folded, matcher, blocked, place_named=bool(places))
    named_at: dict[int, list[int]] = {}
    for hit in names:
        person = matcher.term_person.get(hit.term_id)
        if person:
            named_at.setdefault(person, []).append(hit.start)
        if matcher.term_kinds.get(hit.term_id) == TermKind.MUNICIPALITY:
            named_at.setdefault(MUNICIPALITY_KEY, []).append(hit.start)
    accepted = []
    for hit in sorted(references, key=lambda h: h.start):
        key = matcher.term_person.get(hit.term_id) or MUNICIPALITY_KEY
        if any(n.start < hit.end and hit.start < n.end for n in names):
            continue  # part of a longer name ("Municipalidad de …"): the name is the mention
        before = folded[max(0, hit.start - 12) : hit.start].split()[-1:]
        if before and (before[0] in _OTHER_OFFICE or before[0] in _INDEFINITE):
            continue
        if any(hit.end <= start <= hit.end + 3 for start in named_at.get(key, [])):
            continue  # "el alcalde Jorge Cárdenas": the name that follows is the mention
        after = text[hit.end : hit.end + 60] if same_length else ""
        preceding = _PRECEDED_BY_NAME.search(text[max(0, hit.start - 30) : hit.start]) if same_length else None
        if preceding and preceding.group(1) in _NOT_NAMES:
            preceding = None
        if _FOLLOWED_BY_PLACE.match(folded[hit.end : hit.end + 40]) or _FOLLOWED_BY_NAME.match(after) or preceding:
            blocked.setdefault(key, []).append(hit.start)  # someone else's: later references are theirs
            continue
        accepted.append((hit, key))
    resolved = [(hit, MentionHow.NAME) for hit in names]
    district_named = bool(places) and _municipal_cue(text if same_length else "", folded, names, places, matcher)
    if district_named:
        resolved.extend((hit, MentionHow.NAME) for hit in places)
    for hit, key in accepted:
        named = named_at.get(key, [])
        anywhere = hit.start < title_end or key == MUNICIPALITY_KEY
        if anywhere:
            if not named or blocked.get(key):
                continue
        else:
            before_it = [start for start in named if start < hit.start]
            if not before_it or any(max(before_it) < b < hit.start for b in blocked.get(key, [])):
                continue
        resolved.append((hit, MentionHow.REFERENCE))
    return resolved


def _another_office(hit: Hit, folded: str) -> bool:
    """ "teniente alcalde de <place>", "ex alcalde Quispe": a post of ours inside the name of another post."""
    words = folded[hit.start : hit.end].split()
    before = folded[max(0, hit.start - 12) : hit.start].split()[-1:]
    return bool(words) and words[0] in TITLE_WORDS and bool(before) and before[0] in _OTHER_OFFICE


# A candidate, or a former one ("ex-candidato", "excandidata"): the stems both the post run for and the seat share.
_CANDIDATE = r"(?:ex-?\s?)?(?:postul|candidat|aspir)\w*"
# Before "la alcaldía de <place>": it is the post won, run for or taken ("ganó la alcaldía de …", "candidato a la
# alcaldía de …"), not the institution. Folded.
_POST_RUN_FOR = re.compile(
    rf"\b(?:{_CANDIDATE}|(?:gan|asum|perd|disput|conquist|reelec|elecci)\w*)\s+(?:(?:a|por|para|de)\s+)?la\s+$"
)


def _post_run_for(hit: Hit, folded: str, matcher: Matcher) -> bool:
    if matcher.term_kinds.get(hit.term_id) != TermKind.MUNICIPALITY or not folded.startswith("alcaldia", hit.start):
        return False
    return _POST_RUN_FOR.search(folded, max(0, hit.start - 40), hit.start) is not None


# A capitalised word right after a name continues it: another surname.
_NEXT_NAME_WORD = re.compile(r" ([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\b")


def _someone_else(hit: Hit, text: str, folded: str, matcher: Matcher, blocked: dict[int, list[int]]) -> bool:
    """A name of ours that goes on with a surname ours does not have is another person's ("Carmen Yupanqui Ríos"
    is not Carmen Yupanqui Soto; "el alcalde Salcedo Paredes" is not the alcalde Salcedo Huamaní). Peruvians
    carry two surnames: the second tells namesakes apart. Later references to the position are theirs."""
    person = matcher.term_person.get(hit.term_id)
    if not person:
        return False
    ours = matcher.person_words.get(person, set())
    follows = _NEXT_NAME_WORD.match(text, hit.end)
    if (
        (follows is not None and fold(follows.group(1)) not in ours)
        or _given_name_not_ours_before(hit, text, folded, matcher, person)
        or _title_holder_elsewhere(hit, text, ours)
        or _of_another_town(hit, text, folded, matcher)
    ):
        blocked.setdefault(person, []).append(hit.start)
        return True
    return False


def _given_name_not_ours_before(hit: Hit, text: str, folded: str, matcher: Matcher, person: int) -> bool:
    """Our person's surnames after a given name that is not theirs ("la regidora Milagros Chumpitaz Lévano" is not
    Ruth Chumpitaz Lévano): the surnames are shared, the given name tells them apart."""
    if person not in matcher.person_names:
        return False
    given, surnames = matcher.person_names[person]
    if not set(folded[hit.start : hit.end].split()) <= set(surnames):
        return False
    before = _PRECEDED_BY_NAME.search(text[max(0, hit.start - 30) : hit.start])
    return before is not None and before.group(1) not in _NOT_NAMES and fold(before.group(1)) not in given


# After a name, ", de <Town>," says where its holder is from ("el alcalde Quispealaya, de Uchcumarca, respondió").
_TOWN_IN_APPOSITION = re.compile(r",\s+(?:de|del)\s+([A-ZÁÉÍÓÚÑ][\w ]{0,40}?)\s*[,.;:]")


def _of_another_town(hit: Hit, text: str, folded: str, matcher: Matcher) -> bool:
    """A title or a given name and a surname of ours with another town in apposition ("el alcalde Quispealaya, de
    Uchcumarca", "Fortunato Quispecahua, de Ururi"): that town's namesake. Only these short forms, which namesakes
    share: a full name is ours wherever the story says it is from."""
    person = matcher.term_person.get(hit.term_id)
    if person not in matcher.person_names:
        return False
    words = folded[hit.start : hit.end].split()
    if len(words) != 2 or (words[0] not in TITLE_WORDS and words[0] not in matcher.person_names[person][0]):
        return False
    town = _TOWN_IN_APPOSITION.match(text, hit.end)
    if town is None or _post_after(hit, folded, matcher, person):
        return False  # "el gerente Nunura, de Seguridad Ciudadana": the office, not a town
    return not any(fold(town.group(1)).startswith(place) for place in matcher.place_phrases)


def _title_holder_elsewhere(hit: Hit, text: str, ours: set[str]) -> bool:
    """ "El alcalde Salcedo" after "el alcalde Ernesto Salcedo Paredes" named another holder of that title with
    that surname: the short form is theirs."""
    words = text[hit.start : hit.end].split()
    if len(words) != 2 or not words[0].islower():
        return False
    title, surname = (re.escape(word) for word in words)
    # Within one line: the word after a headline's last one starts the text, it is not a second surname.
    holder = re.compile(rf"\b{title} +(?:([A-ZÁÉÍÓÚÑ]\w+) +)?{surname}(?: +([A-ZÁÉÍÓÚÑ]\w+))?", re.IGNORECASE)
    for found in holder.finditer(text):
        others = [word for word in found.groups() if word and word[0].isupper() and fold(word) not in ours]
        if found.start() != hit.start and others:
            return True
    return False


# Words that say which post or courtesy goes with a surname ("el alcalde Quispe", "la regidora Ramos"): a name made
# of them and a surname is a short form, which any namesake with that surname shares. Folded.
TITLE_WORDS = frozenset(
    "alcalde alcaldesa burgomaestre burgomaestra teniente regidor regidora concejal concejala edil gerente gerenta "
    "municipal subgerente subgerenta jefe jefa director directora de del la el senor senora don dona".split()
)


def _name_form(hit: Hit, text: str, folded: str, matcher: Matcher, person: int) -> str:
    """ "short": title and one surname ("alcalde Quispe"); "weak": one given name or nickname and one surname
    ("Jorge Quispe", "el Chino Quispe"), the forms namesakes share most (a singer can be called Jorge «Chino» Quispe
    too); "full": anything else that names the person (both surnames, full name, title and given name)."""
    given, surnames = matcher.person_names[person]
    words = re.findall(r"\w+", folded[hit.start : hit.end])
    own_surnames = [word for word in words if word in surnames]
    rest = [word for word in words if word not in surnames]
    named = [word for word in rest if word not in TITLE_WORDS]
    if not own_surnames and len(named) == 1 and named[0] in matcher.person_words.get(person, ()) - set(given):
        # a nickname ("el Chino"): a name only capitalised ("el chino" is anyone short or of Asian looks); after the
        # Mayor's title ("la alcaldesa Chela") no namesake shares it
        if not text[hit.end - len(rest[-1])].isupper():
            return "common"
        return "full" if any(word in TITLE_WORDS - _ARTICLES for word in rest) else "weak"
    if len(own_surnames) != 1:
        return "full"
    if all(word in TITLE_WORDS for word in rest):
        return "short"
    if len([word for word in rest if word not in _ARTICLES]) == 1:  # not a title word: a given name or nickname
        return "weak"
    return "full"


_ARTICLES = frozenset({"el", "la"})


def _without_namesakes(
    names: list[Hit],
    text: str,
    folded: str,
    matcher: Matcher,
    blocked: dict[int, list[int]],
    *,
    place_named: bool,
) -> list[Hit]:
    """The names of ours a namesake does not explain.

    A title and a surname ("el alcalde Quispe") belong to another holder of that surname when the story names
    someone else with it ("Ernesto Quispe", "Quispe Paredes") and never names ours in full: the short form is the
    other one's. So they do when they are all the story says of ours, with no `place_named` of ours, and its
    headline or lead is set in another town's municipality (`_set_in_another_town`): "el alcalde Quispe" in a story of
    another town's serenazgo is that town's mayor. A given name and a surname ("Jorge Quispe", shared by a singer, a
    footballer…) count only when the story has something of the municipality besides (another of its names, or a
    municipal word not another town's).
    """
    forms = {}
    for hit in names:
        person = matcher.term_person.get(hit.term_id)
        if person in matcher.person_names:
            forms[hit] = (person, _name_form(hit, text, folded, matcher, person))
    if not forms:
        return names
    dropped: set[Hit] = {hit for hit, (_person, form) in forms.items() if form == "common"}
    for person in {person for person, _form in forms.values()}:
        mine = [hit for hit, (owner, _form) in forms.items() if owner == person]
        short = [hit for hit in mine if forms[hit][1] == "short"]
        if not short or any(forms[hit][1] == "full" for hit in mine):
            continue
        only_this = not place_named and all(
            forms.get(hit, (0, ""))[0] == person
            for hit in names
            if matcher.term_kinds.get(hit.term_id) in IDENTITY_KINDS
        )
        role = _role_of(folded[short[0].start : short[0].end])
        if _namesake_named(person, text, folded, matcher) or (
            only_this and _set_in_another_town(text, folded, matcher, role)
        ):
            dropped.update(short)
    weak, titled = [], []
    for hit, (person, form) in forms.items():
        if form == "weak":
            posted = _after_title(hit, folded, matcher.person_names[person][0]) or _post_after(
                hit, folded, matcher, person
            )
            (titled if posted else weak).append(hit)
    if weak:
        # A weak form the post came with ("El alcalde, Rigo Quispe, …") says whom the same words mean in the headline.
        others = [
            hit for hit in names if hit not in dropped and (forms.get(hit, (0, ""))[1] != "weak" or hit in titled)
        ]
        # A service beside the name is context wherever it comes: "agradece a los serenos y al subgerente <name>".
        context = any(matcher.term_kinds.get(hit.term_id) in IDENTITY_KINDS for hit in others) or _municipal_cue(
            text, folded, [], [], matcher, services_after_lead=True
        )
        if not context:
            dropped.update(weak)
    for hit in dropped:
        blocked.setdefault(forms[hit][0], []).append(hit.start)
    return [hit for hit in names if hit not in dropped]


def _set_in_another_town(text: str, folded: str, matcher: Matcher, role: str) -> bool:
    """Whether the headline or the lead speaks of another town's municipality, its services ("Serenazgo de
    Huancasaya estrena motos", "…compradas por la municipalidad distrital" when ours is provincial) or its holder of
    the `role` a short form of ours has: that town has its own. Other posts of the town do not say so ("la teniente
    alcaldesa Ruiz recibió a regidores de Yarinal")."""
    for cue in _MUNICIPAL_CUE.finditer(folded, 0, _lead_end(folded)):
        cue_role = _role_of(cue.group(0))
        if cue_role and cue_role != role:
            continue
        level = _OWN_LEVEL_AFTER.match(folded, cue.end())
        if level is not None:
            if _LEVEL_OF[level.group(1) or level.group(2)] != matcher.own_level:
                return True
            continue
        qualifier = _QUALIFIED_BY.match(folded, cue.end())
        if qualifier is not None and _names_another_office(qualifier, text):
            return True
    return False


def _after_title(hit: Hit, folded: str, given: list[str]) -> bool:
    """ "el alcalde Jorge Quispe", "la teniente alcaldesa …", "el alcalde Jorge «Chino» Quispe": the post given with
    the name (before it, or before our person's given name that opens it) says who it is."""
    before = folded[max(0, hit.start - 40) : hit.start]
    return any(set(re.findall(r"\w+", before[cue.end() :])) <= set(given) for cue in _MUNICIPAL_CUE.finditer(before))


# ", jefe de Defensa Civil", ", de Defensa Civil", ", la gerenta municipal": a post in apposition after a name.
_APPOSITION = re.compile(r",\s+(?:(?:el|la|de|del)\s+)?(\w+)")


def _post_after(hit: Hit, folded: str, matcher: Matcher, person: int) -> bool:
    """ "Hernán Tuanama, jefe de Defensa Civil del distrito, informó…": the person's own post (a word of their post as
    the watch list has it, not one of their names) right after the name says who it is, as a post before it does."""
    given, surnames = matcher.person_names[person]
    post_words = matcher.person_words.get(person, set()) - set(given) - set(surnames) - _ARTICLES - {"de", "del"}
    apposition = _APPOSITION.match(folded, hit.end)
    return apposition is not None and apposition.group(1) in post_words


def _namesake_named(person: int, text: str, folded: str, matcher: Matcher) -> bool:
    """Whether the story names another person with our person's first surname: a capitalised given name that is not
    ours before it ("Ernesto Quispe"), or a second surname that is not ours after it ("Quispe Paredes")."""
    given, surnames = matcher.person_names[person]
    if not surnames:
        return False
    ours = matcher.person_words.get(person, set()) | set(given) | set(surnames)
    for found in re.finditer(rf"\b{re.escape(surnames[0])}\b", folded):
        before = _WORD_BEFORE.search(text[max(0, found.start() - 40) : found.start()])
        after = _NEXT_NAME_WORD.match(text, found.end())
        for word in (before.group(1) if before else None, after.group(1) if after else None):
            if word and word not in _NOT_NAMES and fold(word) not in ours and fold(word) not in TITLE_WORDS:
                return True
    return False


# A capitalised word inside a sentence, right before a surname: a given name ("de Ernesto Quispe"), not the first word
# of a sentence or a headline ("Ayer Quispe inauguró").
_WORD_BEFORE = re.compile(r"(?<=[\w,;] )([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+) $")


def _municipal_cue(
    text: str, folded: str, names: list[Hit], places: list[Hit], matcher: Matcher, *, services_after_lead: bool = False
) -> bool:
    """Whether the story is about the municipality of the place it names, not only set there.

    Yes when it names the municipality or one of its authorities, or uses a municipal word (`_MUNICIPAL_CUE`) that
    is not another town's or another person's: one followed by "de", "del", "provincial"… is ours only when our
    place comes right after ("el serenazgo de <place>", not "la municipalidad provincial de <town>" nor "el alcalde
    de <town>"); one followed by a name is that person's ("el alcalde Luis Quispe"), a neighbour's is not ours ("la
    municipalidad vecina"); one followed only by our own level ("la municipalidad distrital terminó…") is ours. A
    service or charge (`_SERVICE_CUE`) counts only in the headline or the lead, unless
    `services_after_lead`.
    """
    if any(matcher.term_kinds.get(hit.term_id) in IDENTITY_KINDS for hit in names):
        return True
    ours_at = [hit.start for hit in places]
    title_end = folded.find("\n") if "\n" in folded else len(folded)
    lead_end = folded.find("\n\n", title_end + 1)
    another_town = False  # another town's office came in: the bare words after it refer back to it
    for cue in _MUNICIPAL_CUE.finditer(folded):
        word = cue.group(0)
        if not services_after_lead and word in _SERVICE_CUE and 0 <= lead_end < cue.start():
            continue
        # "la municipalidad distrital terminó el colector", "el alcalde del distrito, el popular…": no other town
        # follows, and ours is the district's
        own_level = _OWN_LEVEL_AFTER.match(folded, cue.end())
        if own_level is not None and _LEVEL_OF[own_level.group(1) or own_level.group(2)] == matcher.own_level:
            return True
        qualifier = _QUALIFIED_BY.match(folded, cue.end())
        if qualifier is not None:
            if any(qualifier.end() <= start <= qualifier.end() + 4 for start in ours_at):
                return True
            # "el alcalde provincial", "la alcaldesa de Santa María": another office; not "los serenos de la
            # municipalidad" nor "el alcalde de las fotos"
            another_town = another_town or _names_another_office(qualifier, text)
            continue
        if text and _FOLLOWED_BY_NAME.match(text, cue.end()):
            # Our Mayor is always watched: a mayor this name follows is another town's ("su alcalde, Segundo Ruiz").
            another_town = another_town or word in _MAYOR_CUE
            continue
        if _NEIGHBOURS.match(folded, cue.end()):
            another_town = True
            continue
        if word not in _SERVICE_CUE and not _ours_in_sentence_before(cue.start(), folded, ours_at):
            # "dijo el burgomaestre" after "el alcalde provincial de Huarancayo"; "su alcalde" in a headline about
            # another town: the words are that town's unless our place came just before them.
            if another_town or _POSSESSIVE_BEFORE.search(folded, max(0, cue.start() - 4), cue.start()):
                continue
        return True
    return False


# The Mayor's titles by the ending of the word ("o" for a man, "a" for a woman): the generated aliases' and the cues'.
MAYOR_TITLE_WORDS = {"o": ("alcalde", "burgomaestre"), "a": ("alcaldesa", "burgomaestra")}
_MAYOR_CUE = frozenset(word for words in MAYOR_TITLE_WORDS.values() for word in words)
_POSSESSIVE_BEFORE = re.compile(r"\bsus? $")


# The posts among a story's titles, by the role they name (feminine, plural and synonyms alike). Folded.
_ROLE_OF_WORD = {
    **dict.fromkeys(_MAYOR_CUE, "mayor"),
    "teniente": "deputy",
    **dict.fromkeys(
        ("regidor", "regidora", "regidores", "regidoras", "concejal", "concejala", "concejales"), "council"
    ),
    **dict.fromkeys(("gerente", "gerenta"), "manager"),
}


def _role_of(words: str) -> str:
    """The role of a title's first word ("el alcalde Quispe", "la teniente alcaldesa"); "" for none of them."""
    return next((_ROLE_OF_WORD.get(word, "") for word in words.split() if word not in _ARTICLES), "")


def _names_another_office(qualifier: re.Match, text: str) -> bool:
    """Whether a municipal word's qualifier makes it another office: a level ("provincial"; our own level was
    taken before) or a capitalised name after "de" (a town), not "de la municipalidad" nor "de las fotos"."""
    words = re.findall(r"\w+", qualifier.group(0))
    if words and words[0] in _LEVEL_OF:
        return True
    return not text or text[qualifier.end() : qualifier.end() + 1].isupper()


def _ours_in_sentence_before(position: int, folded: str, ours_at: list[int]) -> bool:
    """Whether our place is named earlier in the sentence: "En Pampa Alondra, la municipalidad…". A quotation is
    someone's words: "«…el hospital de Quilcana», dijo la burgomaestra" does not tie her to Quilcana."""
    sentence_start = max(folded.rfind(stop, 0, position) for stop in '.!?\n«»"') + 1
    return any(sentence_start <= start < position for start in ours_at)


# "la municipalidad vecina", "el alcalde vecino": another town's, named by its place in the story (heldout8: a
# neighbouring district's landfill, our district named only as not having answered its invitation). "El alcalde
# menor", "la municipalidad del centro poblado": a hamlet's own, such as a namesake hamlet elsewhere asking for one.
_NEIGHBOURS = re.compile(r"\s+(?:vecin[oa]s?|menor(?:es)?|(?:de|del)\s+(?:centro|centros)\s+poblados?)\b")


# "distrital", "del distrito", "de la provincia" with no town after them: the municipality or post of that level
# where the story is set.
_OWN_LEVEL_AFTER = re.compile(
    r"\s*,?\s*(?:(distrital|provincial)|(?:del|de la)\s+(distrito|provincia))\b(?!\s*,?\s*(?:de|del)\b)"
)
_LEVEL_OF = {"distrital": "distrital", "distrito": "distrital", "provincial": "provincial", "provincia": "provincial"}


# "de", "del distrito de", "provincial de"…: what follows says whose municipality or office it is.
_QUALIFIED_BY = re.compile(
    r"\s*,?\s*(?:(?:provincial|distrital|regional)\b\s*(?:de\b\s*)?|(?:de|del)\b\s*)"
    r"(?:(?:la\s+)?(?:distrito|provincia|ciudad|region)\s+(?:de\s+)?)?"
)


# Words that name one of ours only to tell someone else apart ("no debe confundirse con el alcalde de…", "no tiene
# nada que ver con…", "¿es la misma…?", "homónimo del…"), some words before the mention, in the same clause (the
# place in "…si es la misma Nilda Ccama, la teniente alcaldesa de <district>" too). A kinship denied is one only for
# a namesake (`_KINSHIP_DENIED_BEFORE`): in a story of nepotism it is the story.
_TOLD_APART_BEFORE = re.compile(
    r"(?:\bconfund\w*\s+con|\bnada\s+que\s+ver\s+con|\bes\s+(?:el|la)\s+mism[oa]|\bhomonim[oa]s?\s+del?|\btocay[oa]s?)"
    r"[^.;:!?\n]{0,80}$"
)
# One name in a roll of others of the same sentence ("asistieron doce alcaldes distritales, entre ellos Pilar
# Ampuero, de…; Wilfredo Cusirramos, de…, y Yolanda Cusirramos, de Villa Kusikuy").
_IN_A_ROLL = re.compile(r"\bentre\s+(?:ellos|ellas|otros|otras)\b[^.!?\n]{0,240}$")
# The seat a candidate runs for ("el excandidato a la alcaldía de <district>"): the district is where an election
# was held, not a story of its municipality.
_SEAT_RUN_FOR = re.compile(rf"\b{_CANDIDATE}\s+(?:a|por|para)\s+la\s+alcaldia\s+(?:\w+\s+)?del?\s+$")
ASIDE_WINDOW = 300


def _lead_end(folded: str) -> int:
    """Where the first paragraph after the headline ends (the folded text keeps the headline on its first line)."""
    end = folded.find("\n\n", folded.find("\n") + 1)
    return len(folded) if end < 0 else end


# Kinship denied is a telling apart when the one it is denied for shares a surname with ours ("El alcalde Tapullima,
# que no tiene parentesco con el alcalde provincial de…, Ulises Tapullima"); of anyone else it is the story.
_KINSHIP_DENIED_BEFORE = re.compile(
    r"(?:^|[.!?\n])([^.!?\n]*?)\b(?:sin|no\s+tiene|no\s+tienen|ningun|ninguna)\s+(?:\w+\s+){0,2}?parentesco\s+con"
    r"[^.;:!?\n]{0,80}$"
)


def _told_apart(start: int, folded: str, surnames: Sequence[str] = ()) -> bool:
    window = max(0, start - ASIDE_WINDOW)
    if _TOLD_APART_BEFORE.search(folded, window, start) is not None:
        return True
    kinship = _KINSHIP_DENIED_BEFORE.search(folded, window, start) if surnames else None
    return kinship is not None and any(surname in re.findall(r"\w+", kinship.group(1)) for surname in surnames)


def is_aside(start: int, folded: str, kind: str, surnames: Sequence[str] = ()) -> bool:
    window = max(0, start - ASIDE_WINDOW)
    # A roll in the headline or the lead is the news ("una docena de alcaldes, entre ellos <our Mayor>, exigieron al
    # MEF…"), and so is the municipality itself in a roll ("once municipalidades recibieron…, entre ellas la
    # Municipalidad de <district>"); a person or the district in a roll further down is one of an audience or a list.
    in_a_roll = (
        kind != TermKind.MUNICIPALITY
        and start > _lead_end(folded)
        and _IN_A_ROLL.search(folded, window, start) is not None
    )
    return _told_apart(start, folded, surnames) or in_a_roll or _SEAT_RUN_FOR.search(folded, window, start) is not None


def _surnames_of(term_id: int, matcher: Matcher) -> list[str]:
    """The surnames of the person a term names (none for the institution or a place)."""
    return matcher.person_names.get(matcher.term_person.get(term_id, 0), ([], []))[1]


def _namesake_told_apart(mention: Mention, told_apart: set[int], folded: str, matcher: Matcher) -> bool:
    """In a story that tells one of ours apart ("Jorge Cárdenas, el cantante… No debe confundirse con el alcalde…"),
    their name given without their post is the namesake's."""
    person = matcher.term_person.get(mention.term_id)
    if person not in told_apart or mention.is_aside or mention.how != MentionHow.NAME:
        return False
    words = folded[mention.start : mention.end].split()
    if words[0] in _POST_WORDS:
        # A post and a surname are the namesake's too ("El alcalde Tapullima, que no tiene parentesco con…"); a post
        # with our place ("alcalde de <place>") is ours.
        surnames = _surnames_of(mention.term_id, matcher)
        return len(words) > 1 and all(word in surnames for word in words[1:])
    hit = Hit(mention.term_id, mention.start, mention.end)
    given = matcher.person_names.get(person, ([], []))[0]
    posted = person in matcher.person_names and _post_after(hit, folded, matcher, person)
    return not (_after_title(hit, folded, given) or posted)


_POST_WORDS = TITLE_WORDS - {"de", "del", "la", "el", "senor", "senora", "don", "dona"}


def _mentions_of(clipping: Clipping, matcher: Matcher, tone_model: ToneModel) -> list[Mention]:
    text = f"{clipping.title}\n{clipping.full_text}"
    folded = clipping.search_text
    same_length = len(folded) == len(text)
    mentions = []
    seen = set()
    hits = [h for h in matcher.find(folded, folded=True) if h.term_id not in matcher.negative_ids]
    for hit, how in resolved_hits(hits, matcher, text=text, folded=folded):
        if (hit.term_id, hit.start) in seen:
            continue
        seen.add((hit.term_id, hit.start))
        around = snippet(text if same_length else folded, hit.start, hit.end)
        tone = Tone.NEUTRAL  # set from the story's tone toward us once every mention is known
        alias = (text if same_length else folded)[hit.start : hit.end]
        kind = matcher.term_kinds.get(hit.term_id, "")
        mentions.append(
            Mention(
                term_id=hit.term_id,
                start=hit.start,
                end=hit.end,
                snippet=around[:400],
                tone=tone,
                alias=alias[:200],
                how=how,
                is_aside=kind in OUR_KINDS and is_aside(hit.start, folded, kind, _surnames_of(hit.term_id, matcher)),
            )
        )
    told_apart = {
        matcher.term_person[m.term_id]
        for m in mentions
        if m.is_aside
        and m.term_id in matcher.term_person
        and _told_apart(m.start, folded, _surnames_of(m.term_id, matcher))
    }
    if told_apart:
        mentions = [m for m in mentions if not _namesake_told_apart(m, told_apart, folded, matcher)]
    for aside in [m for m in mentions if m.is_aside]:  # the place inside "alcalde de <place>" goes with it
        for mention in mentions:
            if aside.start <= mention.start and mention.end <= aside.end:
                mention.is_aside = True
    ours = [m for m in mentions if matcher.term_kinds.get(m.term_id) in OUR_KINDS and not m.is_aside]
    if ours and same_length and _one_of_several_governments(ours, text, folded):
        for mention in ours:
            mention.is_aside = True
    return mentions


# Another government named: a municipality or mayor with its level or town ("el alcalde distrital de Yurapaya", "la
# Municipalidad Provincial de Sacha Yacu", "el alcalde provincial Julio Cahuana"), or the region's government. A bare
# word ("la municipalidad", "el alcalde", "los distritos") is more often ours, or no one. Folded.
_NAMED_GOVERNMENT = re.compile(
    rf"\b(?:(?:municipalidad|municipio|{'|'.join(sorted(_MAYOR_CUE))})(?:\s+(?:provincial|distrital))?"
    r"\s+(?:de\s+|del\s+)?(?=\w)|gobierno\s+regional\b|gobernador(?:a)?\s+regional\b)"
)
# Guests beside others: "acompañado por…", "asistieron…", "invitados", "presenció".
_ACCOMPANYING = re.compile(r"\b(?:acompan\w*|asisti\w*|invitad\w*|presenci\w*)")


def _one_of_several_governments(ours: list[Mention], text: str, folded: str) -> bool:
    """Whether everything of ours the story says is below the lead, in a passage (from the sentence of our first
    mention to the end of the sentence of our last) that runs down a list or sets us among other governments: guests
    at a regional act ("…acompañado por el alcalde distrital de Yurapaya, Benigno Vela, y por el alcalde provincial
    de <ours>"), a line of a national report ("ocho del gobierno regional, cuatro de
    la Municipalidad Provincial de Sacha Yacu y dos de <ours>"), a ranking ("le siguen Pishquicocha, con 64 %; <ours>,
    con 51 %; …"). Such a story is someone else's: a story of ours names us in its headline or lead, or is our own
    words there ("…dijo el alcalde de <ours>"), and a single other government is company only when we are its guests
    (a pact we sign beside the provincial mayor is ours)."""
    first, last = min(m.start for m in ours), max(m.end for m in ours)
    if first <= _lead_end(folded):
        return False
    sentence_start = max(folded.rfind(stop, 0, first) for stop in ".!?\n") + 1
    ends = [end for end in (folded.find(stop, last) for stop in ".!?\n") if end >= 0]
    sentence_end = min(ends, default=len(folded))
    sentence = folded[sentence_start:sentence_end]
    if sentence.count(";") >= 2:
        return True
    spans = [(m.start - sentence_start, m.end - sentence_start) for m in ours]

    def another(found: re.Match) -> bool:
        # not ours (inside our mention, or its title right before it: "el alcalde de <ours>"), named (a town or a
        # name in capitals, or the regional government), and not in words quoted
        if any(
            start <= found.start() < end or _TITLE_GAP.fullmatch(sentence, found.end(), start) is not None
            for start, end in spans
        ):
            return False
        named = found.group(0).endswith("regional") or text[sentence_start + found.end()].isupper()
        return named and not _quoted(sentence, found.start())

    others = sum(1 for found in _NAMED_GOVERNMENT.finditer(sentence) if another(found))
    return others >= 2 or (others == 1 and _ACCOMPANYING.search(sentence) is not None)


def _quoted(sentence: str, position: int) -> bool:
    """Whether a position of a sentence is inside words quoted, a quotation begun in an earlier sentence included."""
    before = sentence[:position]
    opened = max(before.rfind("«"), before.rfind("“"))
    closed = max(before.rfind("»"), before.rfind("”"))
    if opened > closed:
        return True
    # "…mendigando transferencias», dijo": no mark before it in the sentence, and the first mark after it closes
    return opened < 0 and closed < 0 and _CLOSES_FIRST.match(sentence, position) is not None


_CLOSES_FIRST = re.compile(r"[^«“»”]*[»”]")


_TITLE_GAP = re.compile(r"(?:\s*,?\s*(?:provincial|distrital|municipal|de|del|la|el|don|dona|senor|senora)\b)*\s*,?\s*")
