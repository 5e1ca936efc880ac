"""Tone classifier on a held-out split of the labelled set: accuracy, macro-F1, speed.

Run: .venv/bin/python bench/monitoring_tone.py
"""

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heraldo.monitoring.tone import LABELS, ToneModel, labelled_examples  # noqa: E402


def main() -> None:
    examples = labelled_examples()
    rng = random.Random(2026)
    by_label = {label: [e for e in examples if e[1] == label] for label in LABELS}
    train, test = [], []
    for items in by_label.values():
        rng.shuffle(items)
        cut = int(len(items) * 0.75)
        train += items[:cut]
        test += items[cut:]
    model = ToneModel(train)
    started = time.perf_counter()
    predicted = [model.classify(text).tone for text, _label in test]
    elapsed = time.perf_counter() - started
    correct = sum(p == gold for p, (_t, gold) in zip(predicted, test, strict=True))
    f1s = []
    for label in LABELS:
        tp = sum(p == label and g == label for p, (_t, g) in zip(predicted, test, strict=True))
        fp = sum(p == label and g != label for p, (_t, g) in zip(predicted, test, strict=True))
        fn = sum(p != label and g == label for p, (_t, g) in zip(predicted, test, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        print(f"{label:9s} precision {precision:.2f} recall {recall:.2f} F1 {f1:.2f}")
    print(f"labelled sentences: {len(examples)} (train {len(train)}, held out {len(test)})")
    print(f"accuracy: {correct / len(test):.3f}")
    print(f"macro-F1: {sum(f1s) / len(f1s):.3f}")
    print(f"speed: {len(test) / elapsed:.0f} sentences/s on one core")


if __name__ == "__main__":
    main()
