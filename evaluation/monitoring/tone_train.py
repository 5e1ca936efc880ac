"""Train the learned tone decision (heraldo/monitoring/tone_data/decision.json) on the labelled corpus parts.

The tone rules (lexicon, who a sentence is about, who says it, negation, irony, services, news cues) turn each story
into a few signals (`ToneResult.signals`); the story's vocabulary is its word stems, its headline's and its pairs of
neighbouring words (`tone.word_stems`). The decision is a
multinomial logistic regression over both (negative, neutral, positive): the stems of the training stories seen in
at least MIN_STORIES of them, present or not, each weighing `tone.word_share` of the story's known stems; the signals
standardised and scaled by SIGNAL_SCALE. It is fitted by Adam for a fixed number of steps from zero with a small L2
penalty (the few steps are the regularisation that matters: they stop before the rare words are learned by heart).

The parts come from different writers; what must generalise is a new writer's way of telling news, so every variant
is scored by **leave-one-writer-out** cross-validation: fit on the other writers' parts, score the left-out writer's.
The variant with the best mean over the writers who wrote one part each (the closest thing to a new writer) is refitted
on all parts and written.

Run, after `tone_cases.py` has dumped the parts from the real pipeline:
    .venv/bin/python evaluation/monitoring/tone_train.py            # report and write decision.json
    .venv/bin/python evaluation/monitoring/tone_train.py --dry-run  # report only
    TONE_VARIANTS=0,1 …/tone_train.py --dry-run                      # only those variants (one process per core)
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "tone_cases"
DATA = ROOT / "heraldo" / "monitoring" / "tone_data"
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
    "train8": 8,  # written as training data
    "train9": 9,
    "heldout8": 10,
    "heldout9": 11,
    "heldout10": 12,  # blind for the eleventh pass, then spent
    "train10": 13,
    "train11": 14,
    "train12": 15,
    "heldout11": 16,  # blind for the twelfth pass, then spent
    "heldout12": 17,
    "heldout13": 18,  # run once before the thirteenth pass, then read
    "heldout14": 19,  # blind for the thirteenth pass, then spent
    "heldout15": 20,  # blind for the fourteenth pass, then spent
    "heldout16": 21,  # blind for the fourteenth pass, then read for one error
    "heldout17": 22,  # blind for the fifteenth pass, then spent
    "heldout18": 23,
}
PARTS = tuple(WRITERS)
# each wrote one part: their mean is the figure variants are chosen by
NEW_WRITERS = tuple(range(2, 24))
ORDER = ("negative", "neutral", "positive")
RULE_SIGNALS = (
    "praise",  # lexicon praise in the sentences that count (naming us, the next one, the headline, the rest)
    "harm",  # lexicon harm there
    "service",  # sentences where we deliver a municipal service
    "undelivered",  # a service, visit or thing the neighbours lack, negated
    "vote",  # the sentence classifier's lean on sentences naming us
    "irony",  # praise read as irony (negative) or as praise
)
NEWS_FACT_SIGNALS = (
    "outcome",  # a figure we answer for that got better (+) or worse (-): "los robos bajaron de 46 a 7", "ya no"
    "overdue",  # a promise past its date, a lack that persists: "debía entregarse en junio", "aún no", "sigue sin"
    "done_by",  # a service verb whose agent is us in the passive: "construido por la municipalidad"
)
NEIGHBOUR_SIGNALS = (
    "relief",  # a neighbour's quoted relief: "«ahora mi hija va sola al colegio»", "por fin", "estamos contentos"
)
ALL_SIGNALS = RULE_SIGNALS + NEWS_FACT_SIGNALS + NEIGHBOUR_SIGNALS


class Variant(NamedTuple):
    name: str
    signals: tuple[str, ...]
    words: tuple[str, ...]  # which of the story's vocabulary the decision learns: WORDS, HEADLINE, PAIRS
    penalty: float

    def __str__(self) -> str:
        return f"{self.name} (L2 {self.penalty:g})"

    def vocabulary(self, stems: list[str]) -> list[str]:
        return [stem for stem in stems if _kind(stem) in self.words]


WORDS, HEADLINE, PAIRS = "words", "headline", "pairs"


def _kind(stem: str) -> str:
    from heraldo.monitoring.tone import HEADLINE_MARK, PAIR_MARK

    return HEADLINE if stem.startswith(HEADLINE_MARK) else PAIRS if stem.startswith(PAIR_MARK) else WORDS


VARIANTS = (
    Variant("signals, words, headline words and word pairs", ALL_SIGNALS, (WORDS, HEADLINE, PAIRS), 1e-4),
    Variant("signals, words, headline words and word pairs", ALL_SIGNALS, (WORDS, HEADLINE, PAIRS), 3e-4),
    Variant("signals, words and headline words", ALL_SIGNALS, (WORDS, HEADLINE), 1e-4),
    Variant("signals and words", ALL_SIGNALS, (WORDS,), 1e-4),
)
MIN_STORIES = 3  # a stem seen in fewer training stories is not learned
SIGNAL_SCALE = 0.3  # standardised signals against stems weighing about 1/sqrt(n): comparable at the start
STEPS, RATE = 300, 0.05


def story_signals() -> dict[str, list[dict]]:
    """Per part, each story's gold tone, whether it names us and its signals as the rules compute them."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
    from heraldo.monitoring import tone

    # the signals do not depend on the decision: a neutral stand-in lets this run before decision.json exists
    tone._DECISION = tone.Decision({}, {}, (0.0, 0.0, 0.0), {}, (0.0, 0.0, 0.0))
    model = tone.ToneModel(tone.labelled_examples())
    parts = {}
    for part in PARTS:
        rows = []
        for case in json.loads((CASES / f"{part}.json").read_text(encoding="utf-8")):
            targets = [tone.Target(*target) for target in case["targets"] or []]
            result = tone.tone_toward(model, case["folded"], targets)
            rows.append(
                {
                    "id": case["id"],
                    "part": part,
                    "writer": WRITERS[part],
                    "gold": case["tone"],
                    "ours": bool(targets),
                    "signals": dict(result.signals),
                    "stems": sorted(result.words),
                }
            )
        parts[part] = rows
    return parts


# --- the decision -------------------------------------------------------------------------------------------------


class Model(NamedTuple):
    """A fitted decision in decision.json's terms: weights on compressed raw signals and on stems, a bias, and the
    signals-only decision of short texts (`tone.Decision`)."""

    signals: dict[str, np.ndarray]
    words: dict[str, np.ndarray]
    bias: np.ndarray
    short: Model | None = None

    def evidence(self, rows: list[dict]) -> np.ndarray:
        from heraldo.monitoring.tone import is_plain_word, word_share, word_trust

        totals = np.tile(self.bias, (len(rows), 1))
        for i, row in enumerate(rows):
            for name, weights in self.signals.items():
                totals[i] += weights * _compress(row["signals"].get(name, 0.0))
            known = [self.words[stem] for stem in row["stems"] if stem in self.words]
            if known:
                totals[i] += np.sum(known, axis=0) * word_share(len(known))
        if self.short is None:
            return totals
        trust = np.array(
            [[word_trust(sum(stem in self.words and is_plain_word(stem) for stem in row["stems"]))] for row in rows]
        )
        return trust * totals + (1 - trust) * self.short.evidence(rows)


def _compress(value: float) -> float:
    return float(np.sign(value) * np.log1p(abs(value)))  # tone.compress


def fit(rows: list[dict], variant: Variant) -> Model:
    """Fit on the stories that name us (one that does not is neutral without a decision); with words, also the
    signals-only decision that short texts fall back on."""
    from heraldo.monitoring.tone import word_share

    ours = [row for row in rows if row["ours"]]
    y = np.array([ORDER.index(row["gold"]) for row in ours])
    columns: list[np.ndarray] = []
    vocabulary: list[str] = []
    if variant.words:
        seen = Counter(stem for row in ours for stem in variant.vocabulary(row["stems"]))
        vocabulary = sorted(stem for stem, count in seen.items() if count >= MIN_STORIES)
        index = {stem: i for i, stem in enumerate(vocabulary)}
        stems = np.zeros((len(ours), len(vocabulary)))
        for i, row in enumerate(ours):
            known = [index[stem] for stem in row["stems"] if stem in index]
            if known:
                stems[i, known] = word_share(len(known))
        columns.append(stems)
    raw = np.array([[_compress(row["signals"].get(name, 0.0)) for name in variant.signals] for row in ours])
    mean, scale = raw.mean(0), raw.std(0)
    scale[scale == 0] = 1
    columns.append(SIGNAL_SCALE * (raw - mean) / scale)
    weights, bias = _softmax_regression(np.hstack(columns), y, variant.penalty)
    word_weights, signal_weights = weights[: len(vocabulary)], weights[len(vocabulary) :]
    on_raw = signal_weights * (SIGNAL_SCALE / scale)[:, None]  # standardisation folded into the weights
    short = fit(rows, variant._replace(words=())) if variant.words else None
    return Model(
        {name: on_raw[i] for i, name in enumerate(variant.signals)},
        {stem: word_weights[i] for i, stem in enumerate(vocabulary)},
        bias - mean @ on_raw,
        short,
    )


def _softmax_regression(x: np.ndarray, y: np.ndarray, penalty: float) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by Adam, STEPS steps from zero (deterministic)."""
    weights, bias = np.zeros((x.shape[1], 3)), np.zeros(3)
    onehot = np.eye(3)[y]
    moment, second = np.zeros_like(weights), np.zeros_like(weights)
    for step in range(1, STEPS + 1):
        logits = x @ weights + bias
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(1, keepdims=True)
        error = p - onehot
        gradient = x.T @ error / len(y) + penalty * weights
        moment = 0.9 * moment + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        weights -= RATE * (moment / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
        bias -= 0.5 * error.mean(0)
    return weights, bias


def predict(rows: list[dict], model: Model) -> list[str]:
    chosen = model.evidence(rows).argmax(1)
    return ["neutral" if not row["ours"] else ORDER[c] for row, c in zip(rows, chosen, strict=True)]


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    f1s = []
    for label in ORDER:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def scored(rows: list[dict], predicted: list[str]) -> float:
    return macro_f1([row["gold"] for row in rows], predicted)


def leave_one_writer_out(parts: dict[str, list[dict]], variant: Variant) -> dict[str, float]:
    """Macro-F1 of each part when its writer is left out of training, and per writer (all their parts together)."""
    result: dict[str, float] = {}
    rows = [row for part in PARTS for row in parts[part]]
    for writer in sorted(set(WRITERS.values())):
        model = fit([row for row in rows if row["writer"] != writer], variant)
        held = [row for row in rows if row["writer"] == writer]
        predicted = predict(held, model)
        result[f"writer {writer}"] = scored(held, predicted)
        for part in PARTS:
            if WRITERS[part] == writer and len([w for w in WRITERS.values() if w == writer]) > 1:
                mine = [i for i, row in enumerate(held) if row["part"] == part]
                result[part] = scored([held[i] for i in mine], [predicted[i] for i in mine])
    result["mean of new writers"] = float(np.mean([result[f"writer {w}"] for w in NEW_WRITERS]))
    result["mean of writers"] = float(np.mean([result[f"writer {w}"] for w in sorted(set(WRITERS.values()))]))
    return result


def shipped_figures(parts: dict[str, list[dict]]) -> dict[str, float]:
    """The decision as it is in tone_data now, scored per part (in-sample for the parts it was fitted on)."""
    from heraldo.monitoring import tone

    shipped = tone.Decision.load()
    model = Model(
        {name: np.array(w) for name, w in shipped.signal_weights.items()},
        {stem: np.array(w) for stem, w in shipped.word_weights.items()},
        np.array(shipped.bias),
        Model(
            {name: np.array(w) for name, w in shipped.short_signal_weights.items()}, {}, np.array(shipped.short_bias)
        ),
    )
    return {part: scored(parts[part], predict(parts[part], model)) for part in PARTS}


def show(figures: dict[str, float]) -> str:
    return " · ".join(f"{key} {value:.3f}" for key, value in figures.items())


def main(dry_run: bool) -> None:
    parts = story_signals()
    try:
        print("shipped now, per part: " + show(shipped_figures(parts)))
    except KeyError:
        print("shipped now: a decision of another form")
    results = []
    # TONE_VARIANTS=0,2 compares only those (by position), to share the variants among processes.
    chosen_positions = os.environ.get("TONE_VARIANTS")
    variants = [VARIANTS[int(i)] for i in chosen_positions.split(",")] if chosen_positions else VARIANTS
    for variant in variants:
        figures = leave_one_writer_out(parts, variant)
        results.append((figures["mean of new writers"], figures["mean of writers"], variant, figures))
        print(f"{variant}\n    leave-one-writer-out: {show(figures)}", flush=True)
    *_, chosen, figures = max(results, key=lambda result: (result[0], result[1]))
    model = fit([row for part in PARTS for row in parts[part]], chosen)
    assert model.short is not None, "the shipped decision needs its short-text fallback: choose among word variants"
    in_sample = {part: scored(parts[part], predict(parts[part], model)) for part in PARTS}
    print(f"chosen: {chosen}; leave-one-writer-out mean of new writers {figures['mean of new writers']:.3f}")
    print("in-sample (fitted on all parts): " + show(in_sample))
    decision: dict[str, Any] = {
        "about": "Learned tone decision; written by evaluation/monitoring/tone_train.py, do not edit by hand.",
        "variant": chosen.name,
        "penalty": chosen.penalty,
        "steps": STEPS,
        "trained_on": list(PARTS),
        "writers": WRITERS,
        "leave_one_writer_out_macro_f1": {key: round(value, 3) for key, value in figures.items()},
        "in_sample_macro_f1": {part: round(value, 3) for part, value in in_sample.items()},
        "classes": list(ORDER),
        "bias": [round(float(value), 4) for value in model.bias],
        "signals": {name: [round(float(v), 4) for v in weights] for name, weights in model.signals.items()},
        "words": {stem: [round(float(v), 4) for v in weights] for stem, weights in model.words.items()},
        "short": {
            "bias": [round(float(value), 4) for value in model.short.bias],
            "signals": {name: [round(float(v), 4) for v in weights] for name, weights in model.short.signals.items()},
        },
    }
    for name, weights in model.signals.items():
        print(f"  {name:18s} toward positive {weights[2] - weights[0]:+.3f}")
    print(f"  {len(model.words)} stems")
    if not dry_run:
        path = DATA / "decision.json"
        path.write_text(json.dumps(decision, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(dry_run="--dry-run" in sys.argv[1:])
