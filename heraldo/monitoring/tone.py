"""Tone of Spanish news text (positive, neutral, negative), offline and explained.

Two parts that vote together:
- a lexicon of municipal-news phrases with weights, where a negator ("no",
  "sin", "nunca"…) within three words flips a phrase and an intensifier
  ("muy", "gravemente"…) strengthens it;
- a multinomial naive Bayes model over words and word pairs, trained at start-up
  from the labelled sentences kept in `tone_data/` plus the office's own
  corrections (so each correction teaches the model).
The explanation lists the phrases that weighed most, with their direction.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from heraldo.core.text import fold
from heraldo.monitoring.matching import Matcher

POSITIVE, NEUTRAL, NEGATIVE = "positive", "neutral", "negative"
LABELS = (POSITIVE, NEUTRAL, NEGATIVE)
DATA_DIR = Path(__file__).parent / "tone_data"

NEGATORS = {"no", "nunca", "sin", "ni", "tampoco", "jamas", "nadie", "ningun", "ninguna", "ninguno", "contra"}
# A negation reaches to the end of its clause (commas do not end it: "no fue, en ningún momento del proceso,
# responsable de irregularidades"), at most this many words; "sin" only governs the next few words.
NEGATION_REACH = 10
SHORT_NEGATORS = {"sin", "ni", "contra"}  # "plan contra la inseguridad" is not bad news
CLAUSE_BREAKS = {"pero", "sino", "aunque", "mientras", "embargo", "cambio"}
INTENSIFIERS = {
    "muy": 1.5,
    "mas": 1.2,
    "sumamente": 1.8,
    "totalmente": 1.6,
    "gravemente": 1.8,
    "grave": 1.4,
    "graves": 1.4,
    "seriamente": 1.6,
    "altamente": 1.5,
    "notablemente": 1.5,
    "rotundo": 1.5,
    "duramente": 1.6,
    "completamente": 1.5,
}
# Folded phrases; weights are in log-odds units.
LEXICON: dict[str, float] = {
    # positive
    "inauguro": 1.5,
    "inauguracion": 1.0,
    "inaugurado": 1.2,
    "beneficia": 1.2,
    "beneficiara": 1.2,
    "beneficio": 0.8,
    "beneficiadas": 1.0,
    "beneficiada": 1.0,
    "agradecen": 1.5,
    "agradecio": 1.5,
    "agradece": 1.5,
    "agradecieron": 1.5,
    "exito": 1.6,
    "exitosamente": 1.6,
    "logro": 1.2,
    "logra": 1.0,
    "reconocimiento": 1.4,
    "reconocida": 1.2,
    "premio": 1.4,
    "premiada": 1.4,
    "premio a": 1.2,
    "elogio": 1.5,
    "elogiada": 1.5,
    "elogian": 1.5,
    "felicito": 1.5,
    "felicitado": 1.5,
    "celebran": 1.2,
    "mejoro": 1.4,
    "mejora": 1.0,
    "renovada": 1.0,
    "gratuita": 0.8,
    "gratuitas": 0.8,
    "gratuito": 0.8,
    "destaco": 0.8,
    "destacada": 1.0,
    "aplaudieron": 1.5,
    "satisfaccion": 1.5,
    "culmino": 1.0,
    "supero la meta": 1.6,
    "oportuna": 1.0,
    "cumplio": 1.0,
    "reduccion": 0.6,
    "redujo": 0.8,
    "donacion": 1.0,
    "dono": 1.0,
    "entrego": 1.0,
    "tranquilidad": 1.0,
    "alegria": 1.5,
    "valiosa": 1.2,
    "historica": 0.8,
    "optimas": 1.2,
    "gran acogida": 1.5,
    "ganó": 1.0,
    "gano": 1.0,
    "medalla": 1.2,
    "medallas": 1.2,
    "fortalece": 1.0,
    "impulsara": 1.0,
    "impulso": 0.8,
    "gracias a": 1.0,
    "exitosa": 1.5,
    "agradecimiento": 1.5,
    "recupero": 1.0,
    "modernizo": 1.0,
    "consiguio": 1.0,
    "obtuvo": 1.0,
    "celebra": 1.0,
    "celebraron": 1.0,
    "amplio": 0.8,
    "ampliacion": 0.6,
    "concreto": 0.8,
    "ilumino": 1.0,
    "favorece": 1.0,
    "permitio": 0.8,
    "primer puesto": 1.4,
    "reconocen": 1.2,
    "reconocio": 1.2,
    "disfrutaron": 1.4,
    "lograron": 1.0,
    "logro una": 1.0,
    "destacan": 1.0,
    "resaltan": 1.0,
    "resalto": 0.8,
    "benefició": 1.0,
    "beneficio a": 1.0,
    "efectivo": 0.8,
    "fortalecer": 0.6,
    "beneficiara a": 1.0,
    "mejoras": 1.0,
    "felicitaron": 1.5,
    "felicitan": 1.5,
    "felicito a": 1.2,
    "saludaron": 1.0,
    "saludan": 1.0,
    "agradecio a": 1.0,
    "elogiaron": 1.5,
    "premio nacional": 1.2,
    "buenas practicas": 1.0,
    # the municipality's actions and services, in the present and future tenses news use, and plain praise
    "inaugura": 1.2,
    "inauguran": 1.2,
    "inaugurara": 1.0,
    "inaugurada": 1.0,
    "entrega": 0.6,
    "entregara": 0.6,
    "entregaron": 0.6,
    "entregan": 0.6,
    "beneficiaran": 1.2,
    "beneficiados": 1.0,
    "benefician": 1.0,
    "beneficiarios": 0.6,
    "capacita": 0.8,
    "capacitara": 0.8,
    "capacito": 0.8,
    "capacitacion": 0.6,
    "gratuitos": 0.8,
    "gratis": 0.8,
    "gratuitamente": 0.8,
    "mejorara": 0.8,
    "mejoraran": 0.8,
    "mejoramiento": 0.6,
    "moderniza": 0.8,
    "modernizacion": 0.6,
    "estrena": 1.0,
    "estrenan": 1.0,
    "rehabilito": 0.8,
    "rehabilitacion": 0.6,
    "reconoce": 1.0,
    "reconocieron": 1.2,
    "distincion": 1.2,
    "galardon": 1.4,
    "premiado": 1.4,
    "premian": 1.4,
    "felicita": 1.5,
    "aplauden": 1.5,
    "aplaude": 1.5,
    "aplausos": 1.2,
    "buena noticia": 1.5,
    "buena iniciativa": 1.5,
    "bien por": 1.2,
    "asi se trabaja": 1.5,
    "buen trabajo": 1.5,
    "buena gestion": 1.5,
    "garantiza": 0.8,
    "garantizo": 0.8,
    "atendera": 0.6,
    "atendio": 0.6,
    "atendieron": 0.6,
    "capturaron": 0.8,
    "capturan": 0.8,
    "recuperaron": 1.0,
    "recupera": 0.8,
    "cumple": 1.0,
    "cumplido": 1.0,
    "satisfechos": 1.5,
    "contentos": 1.2,
    "agradecidos": 1.5,
    # negative
    "falta de": 1.4,
    "no hace nada": 2.0,
    "no cumplio": 1.8,
    "sin explicaciones": 1.5,
    "ya presenta": 1.0,
    "desalojo": 0.8,
    "violento": 1.5,
    "huyo": 1.4,
    "escaparon": 1.4,
    "ocultar": 1.5,
    "acusan": 1.5,
    "acusado": 1.5,
    "acusada": 1.5,
    "exigen": 0.6,
    "cuestiono": 1.2,
    "cuestionar": 0.8,
    "mal estado": 1.6,
    "perdida": 0.5,
    "perdidas": 1.0,
    "afecta": 0.8,
    "afectados": 1.0,
    "damnificadas": 0.8,
    "sufren": 1.5,
    "sufre": 1.5,
    "dividido": 1.2,
    "negó": 1.2,
    "nego": 1.2,
    "peor": 1.6,
    "ultimo lugar": 1.6,
    "denuncian": 1.8,
    "denuncia": 1.4,
    "denuncio": 1.5,
    "denunciado": 1.8,
    "corrupcion": 2.0,
    "colusion": 2.0,
    "peculado": 2.0,
    "irregularidades": 1.8,
    "perjuicio": 1.8,
    "paralizada": 1.6,
    "paralizados": 1.6,
    "protesta": 1.5,
    "protestan": 1.5,
    "huelga": 1.4,
    "herido": 1.5,
    "heridos": 1.5,
    "abandono": 1.5,
    "abandonados": 1.5,
    "colapso": 1.6,
    "colapsó": 1.6,
    "renuncia": 0.3,
    "clausurado": 1.2,
    "cobros indebidos": 2.0,
    "pesima": 2.0,
    "caos": 1.8,
    "desplomo": 1.8,
    "vacancia": 1.5,
    "indignados": 1.8,
    "indignante": 2.0,
    "inconclusa": 1.5,
    "delincuencia": 1.2,
    "inseguridad": 1.4,
    "contamina": 1.6,
    "contaminada": 1.6,
    "contaminacion": 1.5,
    "multada": 1.5,
    "sancionada": 1.5,
    "despidos": 1.5,
    "descuidada": 1.5,
    "critican": 1.5,
    "criticada": 1.5,
    "detenido": 0.5,
    "amenazan": 1.4,
    "amenazas": 1.4,
    "accidente": 1.3,
    "accidentes": 1.3,
    "enfrentaron": 1.4,
    "enfrentamientos": 1.5,
    "vencidos": 1.5,
    "malogradas": 1.5,
    "insostenible": 1.8,
    "fracaso": 1.8,
    "quejas": 1.3,
    "quejan": 1.3,
    "fallas": 1.3,
    "escandalo": 1.8,
    "extorsion": 1.8,
    "desviado": 1.6,
    "suspendida": 0.8,
    "suspendido": 0.8,
    "preocupacion": 0.8,
    "nepotismo": 2.0,
    "coimas": 2.0,
    "abucheado": 1.8,
    "rechazan": 1.3,
    "rechaza": 0.8,
    "reclaman": 1.0,
    "reclamos": 0.8,
    "furiosa": 1.8,
    "molestos": 1.4,
    "enganados": 1.6,
    "sobrevalorada": 1.8,
    "retraso": 0.6,
    "demora": 0.4,
    "desborde": 1.3,
    "inundo": 1.3,
    "inundaciones": 0.5,
    "lamentan": 1.4,
    "prision preventiva": 1.8,
    "agredir": 1.6,
    "fantasmas": 1.5,
    "perdieron": 1.2,
    "perdio": 1.2,
    "desaparicion": 1.4,
    "desprotegida": 1.6,
    "arbitrarios": 1.5,
    "arbitrario": 1.5,
    "abusivos": 1.6,
    # complaints about a municipality's service and unkept promises ("no ha cumplido" is "cumplido" negated)
    "reclamaron": 1.0,
    "queja": 1.0,
    "quejarse": 1.2,
    "quejarme": 1.2,
    "malestar": 1.5,
    "falta de respeto": 2.0,
    "incumplio": 1.8,
    "incumplimiento": 1.8,
    "incumplidas": 1.5,
    "no asistio": 1.0,
    "no funcionan": 1.2,
    "no funciona": 1.2,
    "cansados": 1.4,
    "hartos": 1.6,
    "sigue esperando": 1.2,
    "siguen esperando": 1.2,
    "seguimos esperando": 1.2,
    "no contestan": 1.0,
    "no respondio": 1.0,
    "despedidos": 1.5,
    "despido": 1.2,
    "deteriorada": 1.5,
    "deteriorado": 1.5,
    "rajaduras": 1.5,
    "huecos": 1.0,
    "baches": 1.0,
    "rechazaron": 1.3,
    "malogrado": 1.4,
    "malogrados": 1.4,
    "inservible": 1.6,
    "pide explicaciones": 1.2,
    "piden explicaciones": 1.2,
    "sobrecosto": 1.8,
}
NEGATIVE_LEXICON = {
    "falta de",
    "no hace nada",
    "no cumplio",
    "sin explicaciones",
    "ya presenta",
    "desalojo",
    "violento",
    "huyo",
    "escaparon",
    "ocultar",
    "acusan",
    "acusado",
    "acusada",
    "exigen",
    "cuestiono",
    "cuestionar",
    "mal estado",
    "perdida",
    "perdidas",
    "afecta",
    "afectados",
    "damnificadas",
    "sufren",
    "sufre",
    "dividido",
    "negó",
    "nego",
    "peor",
    "ultimo lugar",
    "denuncian",
    "denuncia",
    "denuncio",
    "denunciado",
    "corrupcion",
    "colusion",
    "peculado",
    "irregularidades",
    "perjuicio",
    "paralizada",
    "paralizados",
    "protesta",
    "protestan",
    "huelga",
    "herido",
    "heridos",
    "abandono",
    "abandonados",
    "colapso",
    "colapsó",
    "renuncia",
    "clausurado",
    "cobros indebidos",
    "pesima",
    "caos",
    "desplomo",
    "vacancia",
    "indignados",
    "indignante",
    "inconclusa",
    "delincuencia",
    "inseguridad",
    "contamina",
    "contaminada",
    "contaminacion",
    "multada",
    "sancionada",
    "despidos",
    "descuidada",
    "critican",
    "criticada",
    "detenido",
    "amenazan",
    "amenazas",
    "accidente",
    "accidentes",
    "enfrentaron",
    "enfrentamientos",
    "vencidos",
    "malogradas",
    "insostenible",
    "fracaso",
    "quejas",
    "quejan",
    "fallas",
    "escandalo",
    "extorsion",
    "desviado",
    "suspendida",
    "suspendido",
    "preocupacion",
    "nepotismo",
    "coimas",
    "abucheado",
    "rechazan",
    "rechaza",
    "reclaman",
    "reclamos",
    "furiosa",
    "molestos",
    "enganados",
    "sobrevalorada",
    "retraso",
    "demora",
    "desborde",
    "inundo",
    "inundaciones",
    "lamentan",
    "prision preventiva",
    "agredir",
    "fantasmas",
    "perdieron",
    "perdio",
    "desaparicion",
    "desprotegida",
    "arbitrarios",
    "arbitrario",
    "abusivos",
    "reclamaron",
    "queja",
    "quejarse",
    "quejarme",
    "malestar",
    "falta de respeto",
    "incumplio",
    "incumplimiento",
    "incumplidas",
    "no asistio",
    "no funcionan",
    "no funciona",
    "cansados",
    "hartos",
    "sigue esperando",
    "siguen esperando",
    "seguimos esperando",
    "no contestan",
    "no respondio",
    "despedidos",
    "despido",
    "deteriorada",
    "deteriorado",
    "rajaduras",
    "huecos",
    "baches",
    "rechazaron",
    "malogrado",
    "malogrados",
    "inservible",
    "pide explicaciones",
    "piden explicaciones",
    "sobrecosto",
}
STOPWORDS = {
    "sobre",
    "desde",
    "hasta",
    "entre",
    "donde",
    "cuando",
    "porque",
    "tiene",
    "genera",
    "estas",
    "estos",
    "fueron",
}
LEXICON_WEIGHT = 1.3
_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _features(words: Sequence[str]) -> list[str]:
    feats: list[str] = []
    negate = 0
    for index, word in enumerate(words):
        if word in NEGATORS:
            negate = 3
            feats.append(word)
            continue
        feats.append(f"no_{word}" if negate else word)
        if index:
            feats.append(f"{words[index - 1]}_{word}")
        negate = max(0, negate - 1)
    return feats


@dataclass
class ToneResult:
    tone: str
    score: float  # positive minus negative evidence
    reasons: list[dict] = field(default_factory=list)


class ToneModel:
    def __init__(self, examples: Iterable[tuple[str, str]]) -> None:
        counts = {label: Counter() for label in LABELS}
        docs = Counter()
        for text, label in examples:
            if label not in counts:
                continue
            docs[label] += 1
            counts[label].update(set(_features(tokens(text))))
        total_docs = sum(docs.values()) or 1
        vocabulary = set().union(*counts.values())
        self._vocabulary_size = len(vocabulary) or 1
        self._prior = {label: math.log((docs[label] + 1) / (total_docs + 3)) for label in LABELS}
        totals = {label: sum(counts[label].values()) for label in LABELS}
        # Log-likelihoods computed once per known feature; every unseen feature shares one value per label.
        self._unseen = {label: math.log(1 / (totals[label] + self._vocabulary_size)) for label in LABELS}
        self._known = {
            feature: {
                label: math.log((counts[label][feature] + 1) / (totals[label] + self._vocabulary_size))
                for label in LABELS
            }
            for feature in vocabulary
        }
        # Phrases are matched with one Aho–Corasick automaton over the folded words (linear in the text).
        self._phrases = [phrase for phrase in LEXICON if fold(phrase) == phrase]
        self._lexicon_matcher = Matcher((index, phrase, False) for index, phrase in enumerate(self._phrases))

    def lexicon_hits(self, words: Sequence[str]) -> list[tuple[str, float]]:
        """(phrase, signed weight) for each lexicon phrase, negation and intensity applied.

        A negator flips what follows it up to the end of its clause (at most NEGATION_REACH words);
        within three words the flip is fuller than beyond. It flips one predicate: once a phrase took it, the
        phrases after are outside its scope ("no ha cumplido con la posta, reclaman dirigentes": the complaint
        is not negated).
        """
        hits = []
        joined = " ".join(words)
        taken_until = 0  # where the last phrase ended: a negator before it was spent on it
        for hit in sorted(self._lexicon_matcher.find(joined, folded=True), key=lambda h: h.start):
            phrase = self._phrases[hit.term_id]
            before = joined[min(taken_until, hit.start) : hit.start].split()[-NEGATION_REACH:]
            taken_until = max(taken_until, hit.end)
            weight = LEXICON[phrase] * (-1 if phrase in NEGATIVE_LEXICON else 1)
            negator_at = _negator_reach(before)
            if negator_at is not None:
                weight = -weight * (0.8 if negator_at <= 3 else 0.6)
                shown = f"{' '.join(before[-negator_at:])} {phrase}".strip()
            else:
                shown = phrase
            for w in before[-1:]:
                weight *= INTENSIFIERS.get(w, 1.0)
            hits.append((shown, weight))
        return hits

    def sentence_vote(self, text: str) -> float:
        """The learned model's lean on one sentence, in [-1, 1] (positive minus negative posterior)."""
        feats = set(_features(tokens(text)))
        scores = dict(self._prior)
        for feature in feats:
            likelihoods = self._known.get(feature)
            for label in LABELS:
                scores[label] += likelihoods[label] if likelihoods else self._unseen[label]
        top = max(scores.values())
        odds = {label: math.exp(score - top) for label, score in scores.items()}
        total = sum(odds.values())
        return (odds[POSITIVE] - odds[NEGATIVE]) / total

    def classify(self, text: str) -> ToneResult:
        words = tokens(text)
        feats = set(_features(words))
        scores = dict(self._prior)
        contributions: Counter = Counter()
        unseen = 0
        for feature in feats:
            likelihoods = self._known.get(feature)
            if likelihoods is None:
                unseen += 1
                continue
            for label in LABELS:
                scores[label] += likelihoods[label]
            contributions[feature] = likelihoods[POSITIVE] - likelihoods[NEGATIVE]
        for label in LABELS:
            scores[label] += unseen * self._unseen[label]
        lexicon = self.lexicon_hits(words)
        lexical = sum(weight for _phrase, weight in lexicon)
        scores[POSITIVE] += LEXICON_WEIGHT * max(lexical, 0)
        scores[NEGATIVE] += LEXICON_WEIGHT * max(-lexical, 0)
        if not lexicon:
            scores[NEUTRAL] += 0.8
        tone = max(LABELS, key=lambda label: scores[label])
        reasons = []
        for phrase, weight in sorted(lexicon, key=lambda h: -abs(h[1])):
            if len(reasons) < 5 and phrase not in {r["phrase"] for r in reasons}:
                reasons.append(
                    {
                        "phrase": phrase,
                        "direction": POSITIVE if weight > 0 else NEGATIVE,
                        "weight": round(abs(weight), 2),
                    }
                )
        if len(reasons) < 5 and tone != NEUTRAL:
            learned = [
                (f, w)
                for f, w in contributions.items()
                if abs(w) > 0.4 and "_" not in f and len(f) > 4 and f not in STOPWORDS and (w > 0) == (tone == POSITIVE)
            ]
            learned.sort(key=lambda item: -abs(item[1]))
            seen = {r["phrase"] for r in reasons}
            for feature, weight in learned[: 5 - len(reasons)]:
                if feature not in seen:
                    reasons.append(
                        {
                            "phrase": feature,
                            "direction": POSITIVE if weight > 0 else NEGATIVE,
                            "weight": round(abs(weight), 2),
                            "learned": True,
                        }
                    )
        return ToneResult(tone=tone, score=round(scores[POSITIVE] - scores[NEGATIVE], 3), reasons=reasons)


# --- tone toward the municipality --------------------------------------------------------

# Speech and criticism verbs: our authority as the speaker ("el alcalde criticó…", "…», afirmó Cárdenas").
SPEECH_VERBS = (
    "afirmo|afirma|dijo|dice|declaro|declara|senalo|senala|sostuvo|sostiene|indico|indica|explico|explica|"
    "anuncio|anuncia|aseguro|asegura|advirtio|advierte|critico|critica|cuestiono|cuestiona|lamento|lamenta|"
    "exigio|exige|reclamo|reclama|denuncio|acuso|acusa|califico|califica|rechazo|rechaza|pidio|pide|nego|niega|"
    "respondio|responde|manifesto|manifiesta|expreso|expresa|recordo|agrego|anadio|insistio|arremetio"
)
_AFTER_SUBJECT = re.compile(rf"^[^.«»\"]{{0,45}}?\b(?:{SPEECH_VERBS})\b")
_BEFORE_SUBJECT = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:el|la)?\s*$")
_COLON_QUOTE = re.compile(r"^\s*:\s*[«\"“]")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
OURS_WEIGHT = 1.0  # a sentence (or the headline) naming us
NEXT_WEIGHT = 0.5  # the sentence right after one naming us ("Sin embargo, los comerciantes reclaman…"), and a
# headline that does not name us (it sums up a story that does)
DECIDES = 0.9  # |score| from which a story is positive or negative toward us
VOTE_WEIGHT = 0.6  # the learned model's lean on each sentence naming us (corrections teach it)
# The municipality or its authority doing one of a municipality's works or services, as the subject of the verb
# ("la municipalidad instaló…", "el alcalde inauguró…", "brigadas de la comuna fumigaron…"): news reports a
# service delivered in plain words, with no praise, and readers take it as good news about the municipality.
# Stems of the verbs (folded), matched in any tense or participle, once per sentence that names us before the verb
# (not after "en" or "a": "los vecinos de <place> construyeron…" is not the municipality building). Weight and reach
# chosen on the evaluation's dev part (docs/monitoring-evaluation.md).
SERVICE_STEMS = (
    "inaugur|entreg|constru|instal|implement|ampli|renov|habilit|ejecut|culmin|capacit|benefici|mejor|recuper|"
    "moderniz|adquir|repar|asfalt|paviment|rehabilit|distribu|atend|organiz|promov|fumig|vacun|fiscaliz|clausur|"
    "patrull|limpi|recog|arboriz|ilumin|senaliz|sembr|don|lanz|estren|coloc|repart|financ|formaliz|rescat|"
    "remodel|refaccion"
)
# Endings of the verb forms news uses (folded): present, preterite, future, participles, gerund, infinitive.
VERB_ENDINGS = (
    "aron|ieron|yeron|iendo|yendo|ando|ados|adas|idos|idas|aran|iran|eran|aban|iera|ado|ada|ido|ida|ara|ira|era|"
    "aba|ian|yen|an|en|ar|er|ir|io|ia|yo|ye|a|o|e"
)
_SERVICE_VERB = re.compile(rf"\b(?:{SERVICE_STEMS})(?:{VERB_ENDINGS})\b")
SERVICE_WEIGHT = 0.3
SERVICE_REACH = 8  # words from the end of our name to the verb: the name, its apposition, "y de la red de salud"
# Before our name, a preposition that makes it a place or an object, not the one acting ("en Pampa", "a la comuna").
_NOT_AGENT_BEFORE = re.compile(r"\b(?:en|a|al|para|hacia|desde|contra|sin|ante|con)\s+(?:la\s+|el\s+)?$")


@dataclass
class Target:
    start: int
    end: int
    is_person: bool  # an authority (who may be the speaker), not the institution or a place


def sentences(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; the headline (first line) is one, quotes are never cut."""
    spans, start, depth = [], 0, 0
    for index, char in enumerate(folded):
        if char in "«“":
            depth += 1
        elif char in "»”" and depth:
            depth -= 1
        elif char == '"':
            depth = 0 if depth else 1
        elif (char == "\n" or (char in ".!?;" and folded[index + 1 : index + 2] in (" ", "\n", ""))) and (
            depth == 0 or char == "\n"
        ):
            if folded[start:index].strip():
                spans.append((start, index + 1))
            start, depth = index + 1, 0 if char == "\n" else depth
    if folded[start:].strip():
        spans.append((start, len(folded)))
    return spans


def _speaks(folded: str, sentence: tuple[int, int], target: Target) -> bool:
    """Our authority is the speaker of this sentence (what they say of others is not said of us)."""
    if not target.is_person:
        return False
    after = folded[target.end : sentence[1]]
    before = folded[sentence[0] : target.start]
    return bool(_AFTER_SUBJECT.match(after) or _BEFORE_SUBJECT.search(before) or _COLON_QUOTE.match(after))


def tone_toward(model: ToneModel, folded: str, targets: list[Target]) -> ToneResult:
    """The story's tone toward the municipality and its authorities, explained.

    Without a mention of ours it is neutral. Each sentence naming us counts fully (the headline is a sentence),
    the one right after it and a headline that does not name us half, the rest not at all: a crash on the
    highway in a story that also gives the municipality's opening hours is not bad news about us. In a
    sentence whose speaker is our authority, negative words are what they say of others (the Mayor
    criticising the regional government): they are listed as not counted.
    """
    if not targets:
        return ToneResult(tone=NEUTRAL, score=0.0, reasons=[])
    score = 0.0
    previous_named = False
    counted: list[tuple[str, float]] = []
    ignored: list[str] = []
    for sentence in sentences(folded):
        inside = [t for t in targets if sentence[0] <= t.start < sentence[1]]
        weight = OURS_WEIGHT if inside else NEXT_WEIGHT if (previous_named or sentence[0] == 0) else 0.0
        previous_named = bool(inside)
        if not weight:
            continue
        speaker = any(_speaks(folded, sentence, t) for t in inside)
        service = _service_by_us(folded, sentence, inside)
        if service:
            score += SERVICE_WEIGHT
            counted.append((service, SERVICE_WEIGHT))
        words = tokens(folded[sentence[0] : sentence[1]])
        for phrase, value in model.lexicon_hits(words):
            if value < 0 and speaker:
                ignored.append(phrase)
                continue
            score += value * weight
            counted.append((phrase, value * weight))
        if inside and not speaker:
            score += VOTE_WEIGHT * model.sentence_vote(folded[sentence[0] : sentence[1]])
    tone = POSITIVE if score >= DECIDES else NEGATIVE if score <= -DECIDES else NEUTRAL
    reasons: list[dict] = []
    for phrase, weight in sorted(counted, key=lambda h: -abs(h[1])):
        if len(reasons) < 6 and phrase not in {r["phrase"] for r in reasons}:
            direction = POSITIVE if weight > 0 else NEGATIVE
            reasons.append({"phrase": phrase, "direction": direction, "weight": round(abs(weight), 2)})
    for phrase in dict.fromkeys(ignored):
        if len(reasons) < 9:
            reasons.append({"phrase": phrase, "direction": NEGATIVE, "weight": 0, "ignored": True})
    return ToneResult(tone=tone, score=round(score, 3), reasons=reasons)


def _service_by_us(folded: str, sentence: tuple[int, int], inside: list[Target]) -> str | None:
    """The service verb our name is the subject of in this sentence, if any (see SERVICE_STEMS)."""
    for target in inside:
        verb = _SERVICE_VERB.search(folded, target.end, sentence[1])
        if verb is None or _NOT_AGENT_BEFORE.search(folded, max(sentence[0], target.start - 12), target.start):
            continue
        between = folded[target.end : verb.start()].split()
        # "no entregó", "nunca instaló": not a service delivered
        if len(between) < SERVICE_REACH and not NEGATORS.intersection(between):
            return verb.group()
    return None


def _negator_reach(before: Sequence[str]) -> int | None:
    """How many words back the governing negator is, if one governs the next word; None otherwise."""
    for distance, word in enumerate(reversed(before), start=1):
        if word in CLAUSE_BREAKS:
            return None
        if word in NEGATORS:
            return distance if (word not in SHORT_NEGATORS or distance <= 3) else None
    return None


def labelled_examples() -> list[tuple[str, str]]:
    examples = []
    for label in LABELS:
        for line in (DATA_DIR / f"{label}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                examples.append((line.strip(), label))
    return examples


_MODEL: ToneModel | None = None
_MODEL_VERSION: int | None = None


def current_model() -> ToneModel:
    """The model trained on the labelled set plus this office's corrections (cached until a new one)."""
    global _MODEL, _MODEL_VERSION
    from heraldo.monitoring.models import ToneCorrection

    version = ToneCorrection.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    if _MODEL is None or version != _MODEL_VERSION:
        corrections = list(ToneCorrection.objects.values_list("text", "tone"))
        # A correction counts three times: the office's own judgement outweighs the generic set.
        _MODEL = ToneModel(labelled_examples() + corrections * 3)
        _MODEL_VERSION = version
    return _MODEL


def classify(text: str) -> ToneResult:
    return current_model().classify(text)
