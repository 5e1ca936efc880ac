"""Topic variants compared offline, leaving one writer out, from the dumps of `topics_cases.py`.

Each part's dump holds, per labelled story, the folded text, whether it concerns us, the topic keywords' hits
and the topics the pipeline decided. This script decides the topics again with the pipeline's own functions
(`heraldo.monitoring.services.topics.decide` and `family_hits`) under each variant, and scores micro-F1 over
the five topics, as `monitoring_evaluate` does (a stored story missing from the dump does not exist here: the
dumps hold every stored labelled story, and the few never stored are the same for every variant).

The honest figure is leave-one-writer-out: the parts are grouped by who wrote them (dev, dev2 and heldout by
writer 1; heldout2 to heldout7 by writers 2 to 7; train8 and train9 by writers 8 and 9; heldout8 and heldout9 by
writers 10 and 11; heldout10 by writer 12; train10 to train12 by writers 13 to 15; heldout11 to heldout18, spent
blind parts, by writers 16 to 23). For each writer left out, the variant that carried best to a new writer among the
other writers (each of them left out in turn) is chosen, learned on all the other writers' stories and scored on the
left-out writer's. The mean over writers 2 to 23 left out is the figure to quote.

Run: .venv/bin/python evaluation/monitoring/topics_cv.py            (every variant, each writer left out)
     .venv/bin/python evaluation/monitoring/topics_cv.py --check    (the shipped rule reproduces the pipeline)
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CASES = HERE / "topics_cases"
WRITERS = {
    "dev": 1,
    "dev2": 1,
    "heldout": 1,
    "heldout2": 2,
    "heldout3": 3,
    "heldout4": 4,
    "heldout5": 5,
    "heldout6": 6,
    "heldout7": 7,
    "train8": 8,
    "train9": 9,
    "heldout8": 10,
    "heldout9": 11,
    "heldout10": 12,
    "train10": 13,
    "train11": 14,
    "train12": 15,
    "heldout11": 16,
    "heldout12": 17,
    "heldout13": 18,
    "heldout14": 19,
    "heldout15": 20,
    "heldout16": 21,
    "heldout17": 22,
    "heldout18": 23,
}
LEFT_OUT = tuple(range(2, 24))

# The families as the fifth pass shipped them (weight 0.25, every hit counted), to compare with.
FIFTH_PASS_FAMILIES: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (
        frozenset({"obra", "obras", "pavimentacion", "pistas y veredas", "expediente tecnico", "obras publicas"}),
        (
            "pista",
            "pistas",
            "vereda",
            "veredas",
            "asfaltado",
            "asfaltar",
            "asfaltaron",
            "asfalto",
            "pavimentar",
            "pavimentado",
            "pavimentada",
            "losa deportiva",
            "losa multideportiva",
            "muro de contencion",
            "muros de contencion",
            "desague",
            "alcantarillado",
            "infraestructura",
            "proyecto de inversion",
            "proyectos de inversion",
            "obrero",
            "obreros",
            "constructora",
            "ejecucion de la obra",
            "remodelacion",
            "mercado municipal",
        ),
    ),
    (
        frozenset({"limpieza publica", "basura", "residuos solidos", "recojo de residuos", "relleno sanitario"}),
        (
            "barrido de calles",
            "recicladores",
            "recojo",
            "recoleccion",
            "camion recolector",
            "camiones recolectores",
            "compactadora",
            "residuos",
            "desechos",
            "desmonte",
            "botadero",
            "botaderos",
            "puntos criticos",
            "limpieza",
        ),
    ),
    (
        frozenset({"campana de salud", "centro de salud", "posta medica", "vacunacion", "salud publica"}),
        (
            "posta",
            "postas",
            "medico",
            "medicos",
            "medicamentos",
            "enfermera",
            "enfermeras",
            "vacuna",
            "vacunas",
            "vacunar",
            "vacunados",
            "salud",
            "tamizaje",
            "nebulizacion",
            "fumigacion",
            "tuberculosis",
            "desnutricion",
        ),
    ),
    (
        frozenset({"seguridad ciudadana", "serenazgo", "patrullaje"}),
        (
            "delincuencia",
            "delincuentes",
            "robos",
            "asaltos",
            "arrebatos",
            "camaras de vigilancia",
            "comisaria",
            "policia nacional",
            "patrulla",
            "patrullas",
            "inseguridad",
        ),
    ),
    (
        frozenset({"impuesto predial", "arbitrios", "tributos municipales", "deuda tributaria"}),
        ("predial", "recaudacion", "contribuyentes", "tributos", "tributaria", "morosos", "autoavaluo"),
    ),
)


@dataclass(frozen=True)
class Variant:
    name: str
    families: tuple = ()
    weight: float = 0.25
    # Learned on the training writers: a family word whose stories (of ours) carry its topic less often than
    # this is dropped (0: keep every word).
    min_precision: float = 0.0
    # Experimental knobs (0 / False: the pipeline's rule). A second topic also assigned when its score reaches
    # this share of the leader's; family words counted once each; family evidence only from this many distinct
    # words; an idiom guard on keyword hits ("obra de teatro", "mano de obra").
    second: float = 0.0
    distinct: bool = False
    min_words: int = 1
    # Other forms of the office's own keywords ("vacunaron", "postas médicas" for "vacunación", "posta médica"),
    # by a crude stem, counted as family words (any topic, built-in or not).
    stems: bool = False
    # The weight of a family word never seen in the training writers' stories of ours (None: `weight`).
    unseen: float | None = None
    idioms: bool = False
    fees: bool = False
    landmarks: bool = False
    herds: bool = False
    # Learned per lemma (the forms of a word pooled: "vereda" and "veredas") instead of per form, and only from a
    # word seen in at least this many training stories of ours (fewer: it weighs as an unseen word).
    lemmas: bool = False
    min_count: int = 1
    # Whether a topic told only by one family word in the body may lead the story (`decide`'s `lone_word_leads`).
    lone: bool = True


def load(parts: list[str]) -> dict[str, list[dict]]:
    return {part: json.loads((CASES / f"{part}.json").read_text(encoding="utf-8")) for part in parts}


class Taxonomy:
    """The corpus's topics as the pipeline's matcher sees them (keys by index)."""

    def __init__(self, setup: dict) -> None:
        from heraldo.monitoring.matching import Matcher

        self.keys = [topic["key"] for topic in setup["topics"]]
        rows = [
            (term_id, phrase, index)
            for term_id, (index, phrase) in enumerate(
                ((index, phrase) for index, topic in enumerate(setup["topics"]) for phrase in topic["keywords"]),
                start=1,
            )
        ]
        self.matcher = Matcher((term_id, phrase, False) for term_id, phrase, _index in rows)
        self.matcher.term_topic = {term_id: index for term_id, _phrase, index in rows}
        self.matcher.term_phrase = {term_id: phrase for term_id, phrase, _index in rows}
        self.index = {key: index for index, key in enumerate(self.keys)}


_RELATED: dict[tuple[int, int], list[tuple[int, str, int]]] = {}


def related_of(case: dict, taxonomy: Taxonomy, families: tuple) -> list[tuple[int, str, int]]:
    """The family words `family_hits` finds in a story of ours (remembered: variants share them)."""
    from heraldo.monitoring.services.topics import family_hits

    if not case["concerns_us"]:
        return []
    key = (id(case), id(families))
    if key not in _RELATED:
        spans = [(start, end) for _key, _phrase, start, end in case["hits"]]
        _RELATED[key] = family_hits(case["folded"], taxonomy.matcher, keyword_spans=spans, families=families)
    return _RELATED[key]


def predict(case: dict, taxonomy: Taxonomy, variant: Variant, dropped: frozenset = frozenset()) -> set[str]:
    from heraldo.monitoring.services.topics import (
        decide,
        outside_fee_names,
        outside_herds,
        outside_idioms,
        outside_landmarks,
    )

    hits = [(taxonomy.index[key], phrase, start) for key, phrase, start, _end in case["hits"]]
    related = [hit for hit in related_of(case, taxonomy, variant.families) if ("drop", hit[0], hit[1]) not in dropped]
    if variant.name == "shipped":
        found = decide(hits, search_text=case["folded"], concerns_us=case["concerns_us"], related=related)
        return {taxonomy.keys[topic] for topic, entry in found.items() if entry.assigned}
    word_weights: dict[str, float] = {}
    if variant.unseen is not None:
        word_weights = {word: variant.weight for kind, _topic, word in dropped if kind == "seen"}
    if variant.idioms:
        hits, related = outside_idioms(case["folded"], hits), outside_idioms(case["folded"], related)
    if variant.fees:
        hits = outside_fee_names(case["folded"], hits)
        related = outside_fee_names(case["folded"], related)
    if variant.landmarks:
        hits = outside_landmarks(case["folded"], hits)
        related = outside_landmarks(case["folded"], related)
    if variant.herds:
        hits, related = outside_herds(case["folded"], hits), outside_herds(case["folded"], related)
    if variant.stems:
        taken = [(start, start + len(word)) for _topic, word, start in related]
        taken += [(start, end) for _key, _phrase, start, end in case["hits"]]
        related = related + [
            (topic, word, start)
            for topic, word, start, end in stem_hits(case, taxonomy)
            if not any(a < end and start < b for a, b in taken)
        ]
    if variant.distinct:
        first: dict = {}
        for hit in related:
            first.setdefault((hit[0], hit[1]), hit)
        related = list(first.values())
    if variant.min_words > 1:
        words: dict = {}
        for topic, word, _start in related:
            words.setdefault(topic, set()).add(word)
        related = [hit for hit in related if len(words[hit[0]]) >= variant.min_words]
    found = decide(
        hits,
        search_text=case["folded"],
        concerns_us=case["concerns_us"],
        related=related,
        related_weight=variant.weight if variant.unseen is None else variant.unseen,
        word_weights=word_weights,
        guards=False,
        lone_word_leads=variant.lone,
    )
    assigned = {topic for topic, entry in found.items() if entry.assigned}
    if variant.second and case["concerns_us"] and found:
        top = max(entry.score for entry in found.values())
        assigned |= {topic for topic, entry in found.items() if entry.score >= variant.second * top}
    return {taxonomy.keys[topic] for topic in assigned}


_SUFFIXES = (
    "aciones",
    "acion",
    "iciones",
    "icion",
    "mientos",
    "miento",
    "ancia",
    "encia",
    "aje",
    "es",
    "s",
    "a",
    "o",
    "e",
)
_STEMS: dict = {}


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            return word[: -len(suffix)]
    return word


def stem_hits(case: dict, taxonomy: Taxonomy) -> list[tuple[int, str, int, int]]:
    """Other forms of each keyword: every word by its stem, any ending (words of four letters or fewer, as
    they are); only in stories of ours."""
    import re

    from heraldo.core.text import fold

    if not case["concerns_us"]:
        return []
    if "pattern" not in _STEMS:
        _STEMS["pattern"] = [
            (
                topic,
                phrase,
                re.compile(r"\b" + r"\w*\s+".join(re.escape(stem(w)) for w in fold(phrase).split()) + r"\w*\b"),
            )
            for term_id, topic in taxonomy.matcher.term_topic.items()
            for phrase in [taxonomy.matcher.term_phrase[term_id]]
        ]
    key = ("hits", id(case))
    if key not in _STEMS:
        _STEMS[key] = [
            (topic, phrase, match.start(), match.end())
            for topic, phrase, pattern in _STEMS["pattern"]
            for match in pattern.finditer(case["folded"])
        ]
    return _STEMS[key]


def learn_dropped(cases: list[dict], taxonomy: Taxonomy, variant: Variant) -> frozenset:
    """What the training stories teach about the family words: ("drop", topic, word) for those whose stories of
    ours carry the topic less often than `min_precision`, ("seen", topic, word) for the rest they contain (with
    `lemmas`, every form of the table whose lemma they taught); a word in fewer than `min_count` stories, neither."""
    from heraldo.monitoring.services.topic_families import lemma

    if not variant.min_precision and variant.unseen is None:
        return frozenset()
    unit = lemma if variant.lemmas else (lambda word: word)
    seen: Counter = Counter()
    right: Counter = Counter()
    for case in cases:
        for topic, key in {(hit[0], unit(hit[1])) for hit in related_of(case, taxonomy, variant.families)}:
            seen[topic, key] += 1
            right[topic, key] += taxonomy.keys[topic] in case["topics"]
    learned = {
        pair: "drop" if right[pair] / count < variant.min_precision else "seen"
        for pair, count in seen.items()
        if count >= variant.min_count
    }
    words = {word for _anchors, family in variant.families for word in family}
    topics = {topic for topic, _key in learned}
    return frozenset(
        (learned[topic, unit(word)], topic, word)
        for topic in topics
        for word in words
        if (topic, unit(word)) in learned
    )


def score(pairs: list[tuple[set[str], set[str]]], keys: list[str]) -> dict:
    per = {}
    total = Counter()
    for key in keys:
        tp = sum(1 for gold, said in pairs if key in gold and key in said)
        fp = sum(1 for gold, said in pairs if key not in gold and key in said)
        fn = sum(1 for gold, said in pairs if key in gold and key not in said)
        per[key] = f1(tp, fp, fn)
        total.update(tp=tp, fp=fp, fn=fn)
    return {"micro": f1(total["tp"], total["fp"], total["fn"]), "per": per}


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0, precision, recall)


_PREDICTED: dict = {}


def run(cases: list[dict], taxonomy: Taxonomy, variant: Variant, dropped: frozenset) -> list[tuple[set, set]]:
    """(labels, decided) per story; a story's decision is remembered across folds that learned the same."""
    pairs = []
    for case in cases:
        key = (variant.name, dropped, id(case))
        if key not in _PREDICTED:
            _PREDICTED[key] = predict(case, taxonomy, variant, dropped)
        pairs.append((set(case["topics"]), _PREDICTED[key]))
    return pairs


def leave_one_writer_out(
    parts: dict[str, list[dict]], taxonomy: Taxonomy, variants: list[Variant]
) -> dict[int, tuple[Variant, dict]]:
    """For each writer left out: the variant that carried best to a new writer among the others (each of the
    other new writers left out in turn, learned on the rest, the mean of their scores), learned on all the other
    writers' stories and scored on the left-out writer's. Choosing by the training writers' own fit instead
    favours what fits them word by word, which is what does not carry to a new writer."""
    writers = [writer for writer in LEFT_OUT if any(WRITERS[part] == writer for part in parts)]

    def split(out: set[int]) -> tuple[list[dict], dict[int, list[dict]]]:
        train = [case for part, cases in parts.items() if WRITERS[part] not in out for case in cases]
        tests = {
            writer: [case for part, cases in parts.items() if WRITERS[part] == writer for case in cases]
            for writer in out
        }
        return train, tests

    best: dict[int, tuple] = {}
    for variant in variants:
        inner: dict[tuple[int, int], float] = {}
        for pair in itertools.permutations(writers, 2):
            train, tests = split(set(pair))
            dropped = learn_dropped(train, taxonomy, variant)
            inner[pair] = score(run(tests[pair[1]], taxonomy, variant, dropped), taxonomy.keys)["micro"][0]
        for writer in writers:
            others = [inner[writer, other] for other in writers if other != writer]
            figure = sum(others) / len(others)
            if writer not in best or figure > best[writer][0] + 1e-9:
                train, tests = split({writer})
                dropped = learn_dropped(train, taxonomy, variant)
                best[writer] = (figure, variant, score(run(tests[writer], taxonomy, variant, dropped), taxonomy.keys))
        _PREDICTED.clear()
    return {writer: (variant, figures) for writer, (_figure, variant, figures) in best.items()}


def mean(folds: dict) -> float:
    return sum(figures["micro"][0] for _variant, figures in folds.values()) / len(folds)


def describe(figures: dict) -> str:
    micro = figures["micro"]
    per = " ".join(f"{key} {value[0]:.3f}" for key, value in figures["per"].items())
    return f"F1 {micro[0]:.3f} (P {micro[1]:.3f} R {micro[2]:.3f}) | {per}"


def variants() -> list[Variant]:
    from heraldo.monitoring.services import topic_families

    tables = {
        "base": FIFTH_PASS_FAMILIES,
        "broad": topic_families.BROAD_FAMILIES,
        "seen": topic_families.SEEN_FAMILIES,
        "seen5": topic_families.SEEN_WRITER5_FAMILIES,
        "seen9": topic_families.SEEN_WRITER9_FAMILIES,
    }
    found = []
    if os.environ.get("TOPICS_CV_TABLES"):
        tables = {name: tables[name] for name in os.environ["TOPICS_CV_TABLES"].split(",")}
    # (per lemma, minimum count): the sixth pass's per-form learning, and per lemma with a minimum count.
    learning = ((False, 1), (True, 1), (True, 3), (True, 5), (True, 8))
    grid = itertools.product(tables.items(), (0.5, 0.75, 1.0), (None, 0.25), (0.5, 0.6, 0.7), learning, (True, False))
    for (table, families), weight, unseen, precision, (lemmas, min_count), lone in grid:
        name = f"{table} w{weight} u{unseen} p{precision} l{int(lemmas)} c{min_count} o{int(lone)}"
        found.append(
            Variant(
                name,
                families,
                weight,
                precision,
                unseen=unseen,
                idioms=True,
                fees=True,
                landmarks=True,
                herds=True,
                lemmas=lemmas,
                min_count=min_count,
                lone=lone,
            )
        )
    return found


def write(parts: dict[str, list[dict]], taxonomy: Taxonomy, candidates: list[Variant]) -> None:
    """The variant that carries best to a new writer (the mean over every writer left out in turn, writer 1
    included so that what helps the new writers does not cost the first one's text), learned on every writer's
    stories, as the pipeline's data."""
    from heraldo.monitoring.services import topic_families

    everything = [case for cases in parts.values() for case in cases]
    best = None
    for variant in candidates:
        folds = []
        for writer in sorted(set(WRITERS.values())):
            train = [case for part, cases in parts.items() if WRITERS[part] != writer for case in cases]
            test = [case for part, cases in parts.items() if WRITERS[part] == writer for case in cases]
            folds.append(score(run(test, taxonomy, variant, learn_dropped(train, taxonomy, variant)), taxonomy.keys))
        figure = sum(fold["micro"][0] for fold in folds) / len(folds)
        if best is None or figure > best[0] + 1e-9:
            best = (figure, variant, learn_dropped(everything, taxonomy, variant))
        _PREDICTED.clear()
    figure, variant, learned = best
    data = {
        "chosen": variant.name,
        "learned_on": sorted(parts),
        "mean_micro_f1_each_writer_left_out": round(figure, 4),
        "seen_weight": variant.weight,
        "unseen_weight": variant.unseen if variant.unseen is not None else variant.weight,
        "min_precision": variant.min_precision,
        "idioms": variant.idioms,
        "lemmas": variant.lemmas,
        "min_count": variant.min_count,
        "lone_word_leads": variant.lone,
        "dropped": sorted({word for kind, _topic, word in learned if kind == "drop"}),
        "seen": sorted({word for kind, _topic, word in learned if kind == "seen"}),
    }
    topic_families.DATA_FILE.parent.mkdir(exist_ok=True)
    topic_families.DATA_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{variant.name}: mean micro-F1 of each writer left out {figure:.3f}, {len(data['dropped'])} words dropped, "
        f"{len(data['seen'])} kept at {variant.weight} -> {topic_families.DATA_FILE}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--only", help="evaluate every part with the variants whose name contains this")
    parser.add_argument(
        "--write",
        action="store_true",
        help="choose among the variants named by --only on every part, learn on them, and write the pipeline's"
        " family data (heraldo/monitoring/topic_data/families.json)",
    )
    parser.add_argument("--errors", help="list each part's false topics and misses under this variant (exact name)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
    import django

    django.setup()
    from heraldo.monitoring.services.topics import RELATED_WEIGHT, WORD_FAMILIES

    # The pipeline as it is: its families, learned weights and guards (`decide`'s defaults).

    available = [part for part in WRITERS if (CASES / f"{part}.json").exists()]
    parts = load(available)
    taxonomy = Taxonomy(json.loads((HERE / "dev" / "setup.json").read_text(encoding="utf-8")))
    shipped = Variant("shipped", WORD_FAMILIES, RELATED_WEIGHT)
    if args.check:
        for part, cases in parts.items():
            differ = [c["id"] for c in cases if predict(c, taxonomy, shipped) != set(c["stored_topics"])]
            print(f"{part}: {len(cases)} stories, {len(differ)} decided otherwise than stored {differ[:10]}")
        return
    candidates = variants()
    if args.errors:
        variant = next(v for v in [shipped, *candidates] if v.name == args.errors)
        everything = [case for cases in parts.values() for case in cases]
        dropped = learn_dropped(everything, taxonomy, variant)
        for cases in parts.values():
            for case in cases:
                said = predict(case, taxonomy, variant, dropped)
                gold = set(case["topics"])
                if said != gold:
                    title = case["folded"].split("\n", 1)[0][:90]
                    words = sorted({w for _t, w, _s in related_of(case, taxonomy, variant.families)})
                    keywords = sorted({p for _k, p, _s, _e in case["hits"]})
                    change = f"+{sorted(said - gold)} -{sorted(gold - said)}"
                    print(f"{case['id']:6} {change} | {title} | kw {keywords} | fam {words}")
        return
    if args.only:
        candidates = [variant for variant in candidates if args.only in variant.name]
    if args.write:
        write(parts, taxonomy, candidates)
        return
    for variant in [shipped, *candidates] if args.only else [shipped]:
        print(f"== {variant.name}: each part in-sample (learned on all parts)")
        everything = [case for cases in parts.values() for case in cases]
        dropped = learn_dropped(everything, taxonomy, variant)
        for part, cases in parts.items():
            print(f"  {part:9} {describe(score(run(cases, taxonomy, variant, dropped), taxonomy.keys))}")
    print("== leave one writer out: shipped rule")
    fixed = leave_one_writer_out(parts, taxonomy, [shipped])
    for writer, (_variant, figures) in fixed.items():
        print(f"  writer {writer}: {describe(figures)}")
    print(f"  mean F1 {mean(fixed):.3f}")
    print("== leave one writer out: chosen among the variants on the other writers")
    chosen = leave_one_writer_out(parts, taxonomy, candidates)
    for writer, (variant, figures) in chosen.items():
        print(f"  writer {writer}: [{variant.name}] {describe(figures)}")
    print(f"  mean F1 {mean(chosen):.3f}")


if __name__ == "__main__":
    main()
