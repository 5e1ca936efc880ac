"""Topics of a clipping, decided from evidence; the taxonomy edited at any time; stored clippings re-tagged.

A keyword anywhere is not a topic: a story is filed under a topic when its keywords weigh enough —
3 points for a hit in the headline, 2 in the lead (the first 300 characters of the text), 1 elsewhere;
3 points decide. Below that, the story's one leading topic is still its topic when no other topic ties
with it and its hits are not all in the closing tenth of the text (where news stories put what they
mention in passing: the inverted pyramid puts what a story is about first). A keyword inside the name of
an office ("Gerencia de Obras", "Dirección Regional de Salud") names who, not what, and is no evidence.
Reporters tell a topic with the everyday words of its service more often than with the office's terms
("el bacheo", "el camión recolector", "la posta"): a topic whose keywords include an anchor of one of
`WORD_FAMILIES` also counts that family's words, each once whatever its form ("vereda", "veredas") — a word the
labelled stories showed to be telling at its learned weight, one they seldom or never showed at a quarter of a
keyword (`topic_families`, learned per lemma and chosen leaving one writer out).
A keyword or family word inside an idiom ("obra de teatro", "dejó la posta", "licencia por salud"), what an
arbitrio pays for ("arbitrios de limpieza pública y serenazgo"), an official's post ("el gerente de obras"), a
landmark ("a la altura del puente") and the herd's care ("vacunación de alpacas") are no evidence; one family
word mentioned only in the body does not make the story's leading topic (as learned).
Topics are decided only for stories that concern the municipality (a mention of it, its authorities or
its places): another town's school is not the office's "Obras" (the evidence is still kept and shown).
Measured on the evaluation's dev part (docs/monitoring-evaluation.md): topic micro-F1 0.843 with the
3-point rule alone, 0.956 with the leading-topic and office-name rules, 0.940 by 5-fold cross-validation;
the word families, on the five parts: 0.956/0.715/0.901/0.804/0.787 → 0.966/0.808/0.918/0.844/0.919;
the learned families and the two guards, leaving one writer out: mean of writers 2–4 0.878 → 0.915; learned per
lemma, writers 2–5 each left out: mean 0.887 → 0.892, writer 5 (learned on writers 1–4) 0.817 → 0.833; the
post, landmark and own-health guards and the passing family word, writers 2–6 each left out: mean 0.916 → 0.925;
the herd and no-tender guards, writers 2–9 each left out: 0.892 → 0.895, and with the words read from writers
7–9's misses (optimistic for them) 0.907.
An analyst's correction on a clipping is final: re-tagging never overrides it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue
from heraldo.core.stamps import raise_stamps
from heraldo.core.text import fold
from heraldo.monitoring.matching import Matcher, snippet
from heraldo.monitoring.models import (
    OUR_KINDS,
    Clipping,
    ClippingTopic,
    Mention,
    TermKind,
    Topic,
    TopicOrigin,
    WatchTerm,
)
from heraldo.monitoring.models.clippings import CLIPPINGS_STAMP
from heraldo.monitoring.services.topic_families import (
    FAMILIES,
    FAMILY_WEIGHTS,
    KEYWORD_IDIOMS,
    LONE_WORD_LEADS,
    UNSEEN_WEIGHT,
    lemma,
)

WEIGHTS = {"title": 3.0, "lead": 2.0, "body": 1.0}
DECIDES = 3.0
LEAD_CHARS = 300
# A leading topic's hits must not all lie past this fraction of the text (see the module's docstring).
CLOSING_PART = 0.9
# What precedes a keyword that is part of an office's name or of its holder's post: "gerencia de", "dirección
# regional de", "el gerente de", "el comité de selección de"… (folded).
_OFFICE_BEFORE = re.compile(
    r"\b(?:gerencia|subgerencia|oficina|direccion|area|unidad|departamento|division|jefatura|comision|"
    r"ministerio|secretaria|comite(?: de seleccion)?|gerente|gerenta|subgerente|subgerenta|director|directora|"
    r"jefe|jefa|encargado|encargada)(?: (?:regional|municipal|general|provincial|distrital|nacional))? (?:de|del)"
    r" (?:la |los |las )?$"
)
RETAG_BATCH = 500
# Set phrases in which a keyword or a family word means something else: a play is not public works, nor is the
# workforce or a foreman, nor the relay baton a health post, nor a person's own health. A hit inside one is no
# evidence, whichever topic the office filed the keyword under. Folded.
IDIOMS = (
    "obra de teatro",
    "obras de teatro",
    "obra teatral",
    "obras teatrales",
    "obra de arte",
    "obras de arte",
    "obra literaria",
    "obras literarias",
    "obra musical",
    "obra maestra",
    "mano de obra",
    "maestro de obra",
    "maestros de obra",
    "maestro de obras",
    "maestros de obras",
    "obra social",
    "obras sociales",
    "obra de caridad",
    "obra y gracia",
    # how goods or a service were bought, bypassing the tender: a purchase scandal, not a works contract
    "sin licitacion",
    # a person's own health ("pide licencia por salud"), not the service
    "por salud",
    "estado de salud",
    "problemas de salud",
    "problema de salud",
    "motivos de salud",
    "razones de salud",
    "quebrantos de salud",
    # the relay baton: "dejó la posta a los jóvenes" hands over a post, it is no health post
    *(
        f"{verb} la posta"
        for verb in (
            "pasar",
            "pasa",
            "paso",
            "pasaron",
            "pasara",
            "dejar",
            "deja",
            "dejo",
            "dejaron",
            "dejara",
            "tomar",
            "toma",
            "tomo",
            "tomaron",
            "tomara",
            "recoger",
            "recoge",
            "recogio",
            "entregar",
            "entrega",
            "entrego",
            "ceder",
            "cede",
            "cedio",
            "recibir",
            "recibe",
            "recibio",
        )
    ),
)
# What an analyst's keyword implies in Peruvian municipal news: the everyday words of the same service, which
# reporters use instead of the office's term ("las veredas", "el camión recolector", "el policlínico"). A topic
# whose keywords include one of the anchors also finds its family, each word at its learned weight
# (`FAMILY_WEIGHTS`) or, for a word the labelled stories never showed, at `RELATED_WEIGHT`: evidence that adds up,
# not a keyword. See `topic_families`.
RELATED_WEIGHT = UNSEEN_WEIGHT
WORD_FAMILIES = FAMILIES


@dataclass
class TopicEvidence:
    score: float = 0.0
    evidence: list[dict] = field(default_factory=list)
    concerns_us: bool = True
    leads: bool = False  # the story's one leading topic, not only mentioned in its closing lines

    @property
    def assigned(self) -> bool:
        return self.concerns_us and (self.score >= DECIDES or self.leads)


def where_in(search_text: str, start: int) -> str:
    """Headline, lead or body, from a position in the folded text (headline on its first line)."""
    title_end = search_text.find("\n")
    if title_end < 0 or start < title_end:
        return "title"
    return "lead" if start < title_end + 1 + LEAD_CHARS else "body"


def topic_hits(search_text: str, hits: Iterable[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """(topic id, keyword, start) of the hits that are evidence: not part of an office's name."""
    return [
        (topic_id, phrase, start)
        for topic_id, phrase, start in hits
        if not _OFFICE_BEFORE.search(search_text, max(0, start - 40), start)
    ]


# Arbitrios are the fees that pay for street cleaning, parks and the serenazgo: a story about them lists those
# services as what the fee pays for ("arbitrios de limpieza pública, parques y jardines y serenazgo"), which is
# what the fee is, not a second topic. A keyword after "arbitrio(s)" in the same clause is no evidence. Folded.
_FEE_BEFORE = re.compile(r"\barbitrios?\b[^.;:\n]{0,80}$")


def outside_fee_names(search_text: str, hits: Iterable[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """The hits that do not name what an arbitrio pays for."""
    return [hit for hit in hits if not _FEE_BEFORE.search(search_text, max(0, hit[2] - 90), hit[2])]


# A building or structure named as where something happened is a landmark, not what the story is about: "a la altura
# del puente", "en las inmediaciones del hospital", "a dos cuadras de la posta". Only words that place a thing in
# space: "frente a" and "junto a" also take people and problems ("frente a la inseguridad"). Folded.
_LANDMARK_BEFORE = re.compile(
    r"\b(?:a la altura|(?:en )?(?:las |los )?(?:inmediaciones|alrededores|exteriores|afueras)|a espaldas|al costado"
    r"|cerca|a (?:una|media|dos|tres|pocas) cuadras?|a (?:pocos|unos|escasos) metros) (?:de|del)"
    r" (?:la |el |los |las |una |un )?$"
)


def outside_landmarks(search_text: str, hits: Iterable[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """The hits that do not name a landmark of where something happened ("a la altura del puente")."""
    return [hit for hit in hits if not _LANDMARK_BEFORE.search(search_text, max(0, hit[2] - 50), hit[2])]


# Livestock is the farming office's, not the health service's: "la vacunación de 38 000 alpacas", "el médico
# veterinario". A health word followed in its clause by an animal of the herd or the vet names animal care. Pets
# are left out: the rabies campaign for dogs and cats is public health. Folded.
_HERD_AFTER = re.compile(
    r"[^.;:\n]{0,40}?\b(?:alpacas?|llamas|camelidos|ganado|ganaderos?|vacunos|ovinos|caprinos|porcinos|"
    r"veterinari[oa]s?)\b"
)


def outside_herds(search_text: str, hits: Iterable[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """The hits that are not about the herd's care ("vacunación de alpacas", "médico veterinario")."""
    return [hit for hit in hits if not _HERD_AFTER.match(search_text, hit[2] + len(hit[1]))]


@cache
def _idiom_matcher() -> Matcher:
    return Matcher((index, phrase, False) for index, phrase in enumerate(IDIOMS, start=1))


def outside_idioms(search_text: str, hits: Iterable[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """The hits that are not inside one of `IDIOMS` ("obra" in "la obra de teatro del colegio")."""
    hits = list(hits)
    spans = [(hit.start, hit.end) for hit in _idiom_matcher().find(search_text, folded=True)] if hits else []
    return [hit for hit in hits if not any(start <= hit[2] < end for start, end in spans)]


def decide(
    hits: Iterable[tuple[int, str, int]],
    *,
    search_text: str,
    concerns_us: bool = True,
    related: Iterable[tuple[int, str, int]] = (),
    related_weight: float = RELATED_WEIGHT,
    word_weights: Mapping[str, float] | None = None,
    guards: bool = True,
    lone_word_leads: bool = LONE_WORD_LEADS,
) -> dict[int, TopicEvidence]:
    """(topic id, keyword, start) for each keyword hit, and for each hit of a word of a keyword's family
    (`related`, see `WORD_FAMILIES`) → each topic's score, evidence and whether it leads.

    A family word counts once, at the first hit of any of its forms ("vereda", "veredas"), with its learned weight
    (`word_weights`, see `FAMILY_WEIGHTS`) or else `related_weight`. `guards`: a hit inside an idiom (`IDIOMS`)
    and any hit naming what an arbitrio pays for, a landmark (`outside_landmarks`) or the herd's care
    (`outside_herds`) are no evidence (off only to measure them, in evaluation/monitoring/topics_cv.py).
    `lone_word_leads`: a topic whose only evidence is one family word in the body may still lead the story
    (learned, see `topic_families.LONE_WORD_LEADS`)."""
    found: dict[int, TopicEvidence] = {}
    earliest: dict[int, int] = {}
    if guards:
        if KEYWORD_IDIOMS:
            hits, related = outside_idioms(search_text, hits), outside_idioms(search_text, related)
        hits, related = outside_fee_names(search_text, hits), outside_fee_names(search_text, related)
        hits, related = outside_landmarks(search_text, hits), outside_landmarks(search_text, related)
        hits, related = outside_herds(search_text, hits), outside_herds(search_text, related)
    first: dict[tuple[int, str], tuple[int, str, int]] = {}
    for hit in topic_hits(search_text, related):
        first.setdefault((hit[0], lemma(hit[1])), hit)
    weights = word_weights if word_weights is not None else FAMILY_WEIGHTS
    weighed = [(hit, 1.0) for hit in topic_hits(search_text, hits)]
    keyworded = {hit[0] for hit, _weight in weighed}
    weighed += [(hit, weights.get(hit[1], related_weight)) for hit in first.values()]
    # A topic told only by one word of its family in the body is a passing mention ("los heridos fueron llevados al
    # hospital", "las pistas" in a budget debate): it may add up to a topic but does not lead the story.
    passing: set[int] = set()
    if not lone_word_leads:
        told = Counter(hit[0] for hit in first.values())
        passing = {
            topic_id
            for topic_id, count in told.items()
            if count == 1
            and topic_id not in keyworded
            and all(where_in(search_text, hit[2]) == "body" for hit in first.values() if hit[0] == topic_id)
        }
    for (topic_id, phrase, start), weight in weighed:
        where = where_in(search_text, start)
        entry = found.setdefault(topic_id, TopicEvidence(concerns_us=concerns_us))
        entry.score += WEIGHTS[where] * weight
        earliest[topic_id] = min(start, earliest.get(topic_id, start))
        if len(entry.evidence) < 12:
            entry.evidence.append({"phrase": phrase, "where": where})
    top = max((entry.score for entry in found.values()), default=0.0)
    leaders = [topic_id for topic_id, entry in found.items() if entry.score == top]
    if len(leaders) == 1 and earliest[leaders[0]] < CLOSING_PART * len(search_text) and leaders[0] not in passing:
        found[leaders[0]].leads = True
    return found


def clipping_topics_save(clipping: Clipping, mentions: list[Mention], matcher: Matcher, *, new: bool = False) -> None:
    """Write the clipping's topic decisions from its saved mentions; an analyst's decisions stay as they are.

    `new`: the clipping was inserted in this transaction, so it has no decisions yet to keep or replace (two
    queries fewer for each story a poll stores)."""
    hits = [
        (matcher.term_topic[m.term_id], matcher.term_phrase.get(m.term_id, m.alias), m.start)
        for m in mentions
        if m.term_id in matcher.term_topic
    ]
    concerns_us = any(matcher.term_kinds.get(m.term_id) in OUR_KINDS and not m.is_aside for m in mentions)
    spans = [(m.start, m.end) for m in mentions if m.term_id in matcher.term_topic]
    related = family_hits(clipping.search_text, matcher, keyword_spans=spans) if concerns_us else []
    decisions = {clipping.pk: decide(hits, search_text=clipping.search_text, concerns_us=concerns_us, related=related)}
    if new:
        _create_auto(decisions, kept=set())
    else:
        _replace_auto(decisions)


_FAMILY_MATCHERS: dict[tuple, tuple[Matcher, dict[int, tuple[int, str]]]] = {}


def family_hits(
    search_text: str,
    matcher: Matcher,
    *,
    keyword_spans: Iterable[tuple[int, int]] = (),
    families: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = WORD_FAMILIES,
) -> list[tuple[int, str, int]]:
    """(topic id, word, start) of the family words of the topics' keywords found in the folded text.

    A word that is itself a keyword of some topic is left to that keyword, and so is one inside a keyword's hit
    ("recojo" in "recojo de residuos"); a family two topics share counts for neither."""
    taxonomy = frozenset(
        (matcher.term_topic[t], " ".join(fold(matcher.term_phrase.get(t, "")).split())) for t in matcher.term_topic
    )
    if not taxonomy:
        return []
    cached = _FAMILY_MATCHERS.get((taxonomy, families))
    if cached is None:
        keywords = {phrase for _topic, phrase in taxonomy}
        words: dict[str, int] = {}
        for anchors, family in families:
            topics = {topic for topic, phrase in taxonomy if phrase in anchors}
            if len(topics) != 1:
                continue
            for word in family:
                if word not in keywords:
                    words[word] = next(iter(topics))
        entries = {index: (topic, word) for index, (word, topic) in enumerate(sorted(words.items()), start=1)}
        family_matcher = Matcher((index, word, False) for index, (_topic, word) in entries.items())
        cached = _FAMILY_MATCHERS[(taxonomy, families)] = (family_matcher, entries)
    family_matcher, entries = cached
    spans = list(keyword_spans)
    return [
        (entries[hit.term_id][0], entries[hit.term_id][1], hit.start)
        for hit in family_matcher.find(search_text, folded=True)
        if not any(start < hit.end and hit.start < end for start, end in spans)
    ]


def _replace_auto(decisions: dict[int, dict[int, TopicEvidence]]) -> None:
    kept = set(
        ClippingTopic.objects.filter(clipping_id__in=list(decisions), origin=TopicOrigin.ANALYST).values_list(
            "clipping_id", "topic_id"
        )
    )
    ClippingTopic.objects.filter(clipping_id__in=list(decisions), origin=TopicOrigin.AUTO).delete()
    _create_auto(decisions, kept=kept)


def _create_auto(decisions: dict[int, dict[int, TopicEvidence]], *, kept: set[tuple[int, int]]) -> None:
    ClippingTopic.objects.bulk_create(
        [
            ClippingTopic(
                clipping_id=clipping_id,
                topic_id=topic_id,
                score=entry.score,
                evidence=entry.evidence,
                is_assigned=entry.assigned,
            )
            for clipping_id, found in decisions.items()
            for topic_id, entry in found.items()
            if (clipping_id, topic_id) not in kept
        ]
    )


def topic_matcher() -> Matcher:
    rows = list(
        WatchTerm.objects.filter(kind=TermKind.TOPIC, is_active=True, topic__is_active=True)
        .order_by("pk")
        .values_list("pk", "phrase", "topic_id")
    )
    matcher = Matcher((pk, phrase, False) for pk, phrase, _topic in rows)
    matcher.term_kinds = {pk: TermKind.TOPIC for pk, _phrase, _topic in rows}
    matcher.term_topic = {pk: topic for pk, _phrase, topic in rows}
    matcher.term_phrase = {pk: phrase for pk, phrase, _topic in rows}
    return matcher


def topics_retag(*, after_pk: int = 0) -> int:
    """The job: match the current taxonomy over every stored clipping again, 500 at a time. Returns how many.

    Each batch commits on its own (a long archive is never one transaction); analysts' decisions stay.
    """
    matcher = topic_matcher()
    done = 0
    while True:
        batch = list(
            Clipping.objects.filter(pk__gt=after_pk).order_by("pk").only("pk", "title", "search_text")[:RETAG_BATCH]
        )
        if not batch:
            return done
        with transaction.atomic():
            Mention.objects.filter(clipping__in=batch, term__kind=TermKind.TOPIC).delete()
            ours = set(
                Mention.objects.filter(clipping__in=batch, term__kind__in=OUR_KINDS, is_aside=False).values_list(
                    "clipping_id", flat=True
                )
            )
            mentions, decisions = [], {}
            for clipping in batch:
                text = clipping.search_text
                hits = matcher.find(text, folded=True)
                for hit in hits:
                    mentions.append(
                        Mention(
                            clipping_id=clipping.pk,
                            term_id=hit.term_id,
                            start=hit.start,
                            end=hit.end,
                            snippet=snippet(text, hit.start, hit.end)[:400],
                            alias=text[hit.start : hit.end][:200],
                        )
                    )
                decisions[clipping.pk] = decide(
                    [(matcher.term_topic[h.term_id], matcher.term_phrase[h.term_id], h.start) for h in hits],
                    search_text=text,
                    concerns_us=clipping.pk in ours,
                    related=family_hits(text, matcher, keyword_spans=[(h.start, h.end) for h in hits])
                    if clipping.pk in ours
                    else [],
                )
            Mention.objects.bulk_create(mentions, ignore_conflicts=True)
            raise_stamps(CLIPPINGS_STAMP)  # bulk_create sends no signal, and the mentions decide what Hoy lists
            _replace_auto(decisions)
        done += len(batch)
        after_pk = batch[-1].pk


def topics_retag_queue() -> None:
    """Once the change commits, the stored clippings are filed again under the new taxonomy."""
    enqueue("monitoring.topics_retag")


def keywords_of(topic: Topic) -> list[str]:
    return list(
        WatchTerm.objects.filter(topic=topic, kind=TermKind.TOPIC).order_by("pk").values_list("phrase", flat=True)
    )


@transaction.atomic
def topic_update(*, actor, topic: Topic, name: str, keywords: list[str], is_active: bool) -> Topic:
    """Rename, switch on or off, and change the keywords (the form refused those of another topic)."""
    before = {"name": topic.name, "is_active": topic.is_active, "keywords": keywords_of(topic)}
    topic.name, topic.is_active = name.strip(), is_active
    topic.save(update_fields=["name", "is_active"])
    wanted = {" ".join(fold(k).split()): k.strip() for k in keywords}
    WatchTerm.objects.filter(topic=topic, kind=TermKind.TOPIC).exclude(folded__in=list(wanted)).delete()
    present = set(WatchTerm.objects.filter(topic=topic, kind=TermKind.TOPIC).values_list("folded", flat=True))
    for folded, phrase in wanted.items():
        if folded not in present:
            WatchTerm.objects.create(folded=folded, phrase=phrase, kind=TermKind.TOPIC, topic=topic)
    after = {"name": topic.name, "is_active": topic.is_active, "keywords": keywords_of(topic)}
    changes = {key: [before[key], after[key]] for key in before if before[key] != after[key]}
    audit_record(actor=actor, action="monitoring.topic.updated", target=topic, changes=changes)
    if changes:
        topics_retag_queue()
    return topic


@transaction.atomic
def clipping_topics_correct(*, actor, clipping: Clipping, topics: list[Topic]) -> None:
    """The analyst files the story under exactly these topics; re-tagging keeps their word."""
    chosen = {topic.pk for topic in topics}
    before = sorted(
        ClippingTopic.objects.filter(clipping=clipping, is_assigned=True).values_list("topic__name", flat=True)
    )
    now = timezone.now()
    for topic in Topic.objects.filter(is_active=True) | Topic.objects.filter(pk__in=chosen):
        ClippingTopic.objects.update_or_create(
            clipping=clipping,
            topic=topic,
            defaults={
                "is_assigned": topic.pk in chosen,
                "origin": TopicOrigin.ANALYST,
                "decided_by": actor,
                "decided_at": now,
            },
        )
    after = sorted(topic.name for topic in topics)
    audit_record(
        actor=actor, action="monitoring.clipping.topics_corrected", target=clipping, changes={"topics": [before, after]}
    )
