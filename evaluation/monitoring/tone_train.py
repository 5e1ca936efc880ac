"""Train the learned tone decision (heraldo/monitoring/tone_data/decision.json) on the labelled corpus parts.

The tone rules (lexicon, who a sentence is about, who says it, negation, irony, services, news cues) turn each story
into a few signals (`ToneResult.signals`). The decision is an ordinal logistic regression over them (negative <
neutral < positive: one weight per signal and two thresholds, L2-regularised).

The parts come from different writers; what must generalise is a new writer's way of telling news, so every variant
is scored by **leave-one-writer-out** cross-validation: fit on the other writers' parts, score the left-out writer's.
The variant with the best mean over the writers who wrote one part each (2, 3, 4, 5: the closest thing to a new writer)
is refitted on all parts and written.

Run, after `tone_cases.py` has dumped the parts from the real pipeline:
    .venv/bin/python evaluation/monitoring/tone_train.py            # report and write decision.json
    .venv/bin/python evaluation/monitoring/tone_train.py --dry-run  # report only
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "tone_cases"
DATA = ROOT / "heraldo" / "monitoring" / "tone_data"
WRITERS = {"dev": 1, "dev2": 1, "heldout": 1, "heldout2": 2, "heldout3": 3, "heldout4": 4, "heldout5": 5}
PARTS = tuple(WRITERS)
NEW_WRITERS = (2, 3, 4, 5)  # each wrote one part: their mean is the figure variants are chosen by
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
VARIANTS = {
    "all signals": RULE_SIGNALS + NEWS_FACT_SIGNALS + NEIGHBOUR_SIGNALS,
    "all signals and promises": RULE_SIGNALS + NEWS_FACT_SIGNALS + NEIGHBOUR_SIGNALS + ("promise",),
    "signals of the seventh pass": RULE_SIGNALS + NEWS_FACT_SIGNALS,
    "rule signals of the fifth pass": RULE_SIGNALS,
    "without the sentence classifier": tuple(s for s in RULE_SIGNALS if s != "vote"),
    "without services": tuple(s for s in RULE_SIGNALS if s not in ("service", "undelivered")),
    "lexicon only": ("praise", "harm"),
}
PENALTIES = (0.1, 1.0, 10.0)


def story_signals() -> dict[str, list[dict]]:
    """Per part, each story's gold tone, whether it names us and its signals as the rules compute them."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
    from heraldo.monitoring import tone

    # the signals do not depend on the decision: a neutral stand-in lets this run before decision.json exists
    tone._DECISION = tone.Decision({}, 0.0, 1.0)
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
                }
            )
        parts[part] = rows
    return parts


# --- the ordinal decision ------------------------------------------------------------------------------------------


def features(rows: list[dict], names: tuple[str, ...]) -> np.ndarray:
    values = np.array([[row["signals"].get(name, 0.0) for name in names] for row in rows], dtype=float)
    return np.sign(values) * np.log1p(np.abs(values))  # tone.compress


def fit(
    x: np.ndarray, y: np.ndarray, penalty: float, steps: int = 3000, rate: float = 0.3, standardise: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Ordinal logistic regression by gradient ascent (on standardised features); weights returned on raw ones."""
    if standardise:
        mean, scale = x.mean(0), x.std(0)
        scale[scale == 0] = 1
    else:
        mean, scale = np.zeros(x.shape[1]), np.ones(x.shape[1])
    z = (x - mean) / scale
    weights, cuts = np.zeros(z.shape[1]), np.array([-1.0, 1.0])
    for _ in range(steps):
        score = z @ weights
        above_low, above_high = _sigmoid(score - cuts[0]), _sigmoid(score - cuts[1])
        p = (1 - above_low, above_low - above_high, above_high)
        d_low, d_high = above_low * (1 - above_low), above_high * (1 - above_high)
        tiny = 1e-9
        d_score = np.select(
            [y == 0, y == 1], [-d_low / (p[0] + tiny), (d_low - d_high) / (p[1] + tiny)], d_high / (p[2] + tiny)
        )
        d_cut_low = np.select([y == 0, y == 1], [d_low / (p[0] + tiny), -d_low / (p[1] + tiny)], 0.0)
        d_cut_high = np.select([y == 1, y == 2], [d_high / (p[1] + tiny), -d_high / (p[2] + tiny)], 0.0)
        weights += rate * (z.T @ d_score / len(y) - penalty * weights / len(y))
        cuts += rate * np.array([d_cut_low.mean(), d_cut_high.mean()])
        cuts[1] = max(cuts[1], cuts[0] + 0.01)
    raw = weights / scale
    return raw, cuts + (mean / scale) @ weights


def _sigmoid(value: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-value))


def predict(rows: list[dict], names: tuple[str, ...], weights: np.ndarray, cuts: np.ndarray) -> list[str]:
    scores = features(rows, names) @ weights
    return [
        "neutral" if not row["ours"] else "positive" if s >= cuts[1] else "negative" if s < cuts[0] else "neutral"
        for row, s in zip(rows, scores, strict=True)
    ]


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    f1s = []
    for label in ORDER:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def fit_decision(rows: list[dict], names: tuple[str, ...], penalty: float):
    ours = [row for row in rows if row["ours"]]  # a story that does not name us is neutral without a decision
    return fit(features(ours, names), np.array([ORDER.index(row["gold"]) for row in ours]), penalty)


def scored(rows: list[dict], predicted: list[str]) -> float:
    return macro_f1([row["gold"] for row in rows], predicted)


class Variant(NamedTuple):
    name: str
    penalty: float

    @property
    def names(self) -> tuple[str, ...]:
        return VARIANTS[self.name]

    def __str__(self) -> str:
        return f"{self.name} (L2 {self.penalty:g})"

    def train(self, training: list[dict]) -> tuple[np.ndarray, np.ndarray]:
        return fit_decision(training, self.names, self.penalty)

    def apply(self, model: tuple[np.ndarray, np.ndarray], rows: list[dict]) -> list[str]:
        return predict(rows, self.names, *model)


def leave_one_writer_out(parts: dict[str, list[dict]], variant: Variant) -> dict[str, float]:
    """Macro-F1 of each part when its writer is left out of training, and per writer (all their parts together)."""
    result: dict[str, float] = {}
    rows = [row for part in PARTS for row in parts[part]]
    for writer in sorted(set(WRITERS.values())):
        model = variant.train([row for row in rows if row["writer"] != writer])
        held = [row for row in rows if row["writer"] == writer]
        predicted = variant.apply(model, held)
        result[f"writer {writer}"] = scored(held, predicted)
        for part in PARTS:
            if WRITERS[part] == writer:
                mine = [i for i, row in enumerate(held) if row["part"] == part]
                result[part] = scored([held[i] for i in mine], [predicted[i] for i in mine])
    result["mean of new writers"] = float(np.mean([result[f"writer {w}"] for w in NEW_WRITERS]))
    result["mean of writers"] = float(np.mean([result[f"writer {w}"] for w in sorted(set(WRITERS.values()))]))
    return result


def shipped_figures(parts: dict[str, list[dict]]) -> dict[str, float]:
    """The decision as it is in tone_data now, scored per part (in-sample for the parts it was fitted on)."""
    from heraldo.monitoring import tone

    decision = tone.Decision.load()
    names = tuple(decision.weights)
    weights = np.array([decision.weights[name] for name in names])
    cuts = np.array([decision.negative_below, decision.positive_from])
    return {part: scored(parts[part], predict(parts[part], names, weights, cuts)) for part in PARTS}


def show(figures: dict[str, float]) -> str:
    return " · ".join(f"{key} {value:.3f}" for key, value in figures.items())


def main(dry_run: bool) -> None:
    parts = story_signals()
    print("shipped now, per part: " + show(shipped_figures(parts)))
    results = []
    for name in VARIANTS:
        for penalty in PENALTIES:
            variant = Variant(name, penalty)
            figures = leave_one_writer_out(parts, variant)
            results.append((figures["mean of new writers"], figures["mean of writers"], variant, figures))
            print(f"{variant}\n    leave-one-writer-out: {show(figures)}", flush=True)
    *_, chosen, figures = max(results, key=lambda result: (result[0], result[1]))
    weights, cuts = chosen.train([row for part in PARTS for row in parts[part]])
    in_sample = {part: scored(parts[part], chosen.apply((weights, cuts), parts[part])) for part in PARTS}
    print(f"chosen: {chosen}; leave-one-writer-out mean of new writers {figures['mean of new writers']:.3f}")
    print("in-sample (fitted on all parts): " + show(in_sample))
    decision: dict[str, Any] = {
        "about": "Learned tone decision; written by evaluation/monitoring/tone_train.py, do not edit by hand.",
        "variant": chosen.name,
        "penalty": chosen.penalty,
        "thresholds_by": "likelihood",
        "trained_on": list(PARTS),
        "writers": WRITERS,
        "leave_one_writer_out_macro_f1": {key: round(value, 3) for key, value in figures.items()},
        "in_sample_macro_f1": {part: round(value, 3) for part, value in in_sample.items()},
        "weights": {name: round(float(weight), 4) for name, weight in zip(chosen.names, weights, strict=True)},
        "negative_below": round(float(cuts[0]), 4),
        "positive_from": round(float(cuts[1]), 4),
    }
    for name, weight in zip(chosen.names, weights, strict=True):
        print(f"  {name:18s} {weight:+.3f}")
    print(f"  negative below {decision['negative_below']:+.3f}, positive from {decision['positive_from']:+.3f}")
    if not dry_run:
        path = DATA / "decision.json"
        path.write_text(json.dumps(decision, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(dry_run="--dry-run" in sys.argv[1:])
