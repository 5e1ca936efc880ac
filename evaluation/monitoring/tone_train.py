"""Train the learned tone decision (heraldo/monitoring/tone_data/decision.json) on the labelled corpus parts.

The tone rules (lexicon, who a sentence is about, who says it, negation, irony, services, news cues) turn each story
into a few signals (`ToneResult.signals`). This script fits an ordinal logistic regression over them
(negative < neutral < positive: one weight per signal and two thresholds, L2-regularised), estimates how it
generalises by leave-one-part-out cross-validation (fit on three parts, score the fourth), picks the variant with
the best mean cross-validated macro-F1, refits it on all four parts and writes its weights.

Run, after `tone_cases.py` has dumped the parts from the real pipeline:
    .venv/bin/python evaluation/monitoring/tone_train.py            # report and write decision.json
    .venv/bin/python evaluation/monitoring/tone_train.py --dry-run  # report only
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "tone_cases"
PARTS = ("dev", "dev2", "heldout", "heldout2")
ORDER = ("negative", "neutral", "positive")
SIGNALS = (
    "praise",  # lexicon praise in the sentences that count (naming us, the next one, the headline, the rest)
    "harm",  # lexicon harm there
    "service",  # sentences where we deliver a municipal service
    "undelivered",  # a service, visit or thing the neighbours lack, negated
    "vote",  # the sentence classifier's lean on sentences naming us
    "irony",  # praise read as irony (negative) or as praise
)
VARIANTS = {
    "all signals": SIGNALS,
    "without the sentence classifier": tuple(s for s in SIGNALS if s != "vote"),
    "without services": tuple(s for s in SIGNALS if s not in ("service", "undelivered")),
    "lexicon only": ("praise", "harm"),
}
PENALTIES = (0.1, 1.0, 10.0)


def story_signals() -> dict[str, list[dict]]:
    """Per part, each story's gold tone, whether it names us, and its signals as the rules compute them."""
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
            targets = [tone.Target(*target) for target in case["targets"]]
            result = tone.tone_toward(model, case["folded"], targets)
            rows.append({"gold": case["tone"], "ours": bool(targets), "signals": result.signals})
        parts[part] = rows
    return parts


def features(rows: list[dict], names: tuple[str, ...]) -> np.ndarray:
    values = np.array([[row["signals"].get(name, 0.0) for name in names] for row in rows], dtype=float)
    return np.sign(values) * np.log1p(np.abs(values))  # tone.compress


def fit(x: np.ndarray, y: np.ndarray, penalty: float, steps: int = 3000, rate: float = 0.3):
    """Ordinal logistic regression by gradient ascent on standardised features; weights returned on raw ones."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1
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


def fit_on(rows: list[dict], names: tuple[str, ...], penalty: float, cuts_for_f1: bool):
    ours = [row for row in rows if row["ours"]]  # a story that does not name us is neutral without a decision
    weights, cuts = fit(features(ours, names), np.array([ORDER.index(row["gold"]) for row in ours]), penalty)
    if cuts_for_f1:
        cuts = best_cuts(rows, names, weights)
    return weights, cuts


def best_cuts(rows: list[dict], names: tuple[str, ...], weights: np.ndarray) -> np.ndarray:
    """The two thresholds that give the training stories the best macro-F1 (the likelihood's favour the majority)."""
    gold = [row["gold"] for row in rows]
    scores = features([row for row in rows if row["ours"]], names) @ weights
    candidates = np.unique(np.round(np.quantile(scores, np.linspace(0.02, 0.98, 49)), 3))
    best = (-1.0, np.array([0.0, 0.0]))
    for low in candidates[candidates < 0]:
        for high in candidates[candidates > 0]:
            cuts = np.array([low, high])
            value = macro_f1(gold, predict(rows, names, weights, cuts))
            if value > best[0]:
                best = (value, cuts)
    return best[1]


def cross_validated(
    parts: dict[str, list[dict]], names: tuple[str, ...], penalty: float, cuts_for_f1: bool
) -> dict[str, float]:
    scores = {}
    for held in PARTS:
        training = [row for part in PARTS if part != held for row in parts[part]]
        weights, cuts = fit_on(training, names, penalty, cuts_for_f1)
        rows = parts[held]
        scores[held] = macro_f1([row["gold"] for row in rows], predict(rows, names, weights, cuts))
    return scores


def main(dry_run: bool) -> None:
    parts = story_signals()
    results = []
    for variant, names in VARIANTS.items():
        for penalty in PENALTIES:
            for cuts_for_f1 in (False, True):
                scores = cross_validated(parts, names, penalty, cuts_for_f1)
                mean = sum(scores.values()) / len(scores)
                results.append((mean, variant, penalty, cuts_for_f1, scores))
                shown = " ".join(f"{part} {scores[part]:.3f}" for part in PARTS)
                how = "macro-F1" if cuts_for_f1 else "likelihood"
                print(f"{variant:32s} L2 {penalty:<4} cuts by {how:10s} cross-validated: {shown} · mean {mean:.3f}")
    mean, variant, penalty, cuts_for_f1, scores = max(results, key=lambda result: result[0])
    names = VARIANTS[variant]
    weights, cuts = fit_on([row for part in PARTS for row in parts[part]], names, penalty, cuts_for_f1)
    in_sample = {
        part: macro_f1([row["gold"] for row in parts[part]], predict(parts[part], names, weights, cuts))
        for part in PARTS
    }
    how = "macro-F1 of the training stories" if cuts_for_f1 else "likelihood"
    print(f"chosen: {variant}, L2 {penalty}, thresholds by {how}; cross-validated mean {mean:.3f}")
    print("in-sample (fitted on all four): " + " ".join(f"{part} {in_sample[part]:.3f}" for part in PARTS))
    decision: dict[str, Any] = {
        "about": "Learned tone decision; written by evaluation/monitoring/tone_train.py, do not edit by hand.",
        "variant": variant,
        "penalty": penalty,
        "thresholds_by": "macro-F1" if cuts_for_f1 else "likelihood",
        "trained_on": list(PARTS),
        "cross_validated_macro_f1": {part: round(value, 3) for part, value in scores.items()},
        "in_sample_macro_f1": {part: round(value, 3) for part, value in in_sample.items()},
        "weights": {name: round(float(weight), 4) for name, weight in zip(names, weights, strict=True)},
        "negative_below": round(float(cuts[0]), 4),
        "positive_from": round(float(cuts[1]), 4),
    }
    for name, weight in zip(names, weights, strict=True):
        print(f"  {name:18s} {weight:+.3f}")
    print(f"  negative below {decision['negative_below']:+.3f}, positive from {decision['positive_from']:+.3f}")
    if not dry_run:
        path = ROOT / "heraldo" / "monitoring" / "tone_data" / "decision.json"
        path.write_text(json.dumps(decision, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(dry_run="--dry-run" in sys.argv[1:])
