"""What the tone decision sees for each labelled story of a corpus part, as the real pipeline stored it.

Runs the part through `monitoring_evaluate`'s pipeline (fresh database, loopback servers, the worker's polls) and
records, for every labelled story that was stored, the folded text the tone reads and the mentions of ours it
is given (`tone_toward`'s arguments), with the story's tone label. Tone experiments and the training of the
learned tone component (`tone_train.py`) then run offline in seconds instead of minutes per variant.

Run: .venv/bin/python evaluation/monitoring/tone_cases.py dev dev2 heldout heldout2 heldout3 heldout4 heldout5 \
     heldout6 heldout7 heldout8 heldout9 train8 train9 train10 train11 train12
Writes evaluation/monitoring/tone_cases/<part>.json.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
OUT = HERE / "tone_cases"


def dump(part: str) -> list[dict]:
    """Run one part through the pipeline, recording `tone_toward`'s arguments and reading them back per story."""
    from heraldo.monitoring import evaluation
    from heraldo.monitoring.ingestion import analyse as analyse_module
    from heraldo.monitoring.management.commands.monitoring_evaluate import _fresh_database
    from heraldo.monitoring.models import Clipping
    from heraldo.monitoring.urlnorm import canonical_url

    tone_toward, measure = analyse_module.tone_toward, evaluation.measure
    seen: dict[str, list[list]] = {}  # the folded text the tone read -> the mentions of ours it was given
    captured: dict[str, dict] = {}

    def recording(model, folded, targets):
        seen[folded] = [[t.start, t.end, t.is_person, t.is_place] for t in targets]
        return tone_toward(model, folded, targets)

    def measuring(corpus, servers, *, health_first):
        by_url = {clipping.canonical_url: clipping for clipping in Clipping.objects.all()}
        for article in corpus.articles:
            clipping = by_url.get(canonical_url(servers.url(article["url"])))
            if clipping is None:
                continue
            folded = clipping.search_text[: analyse_module.TONE_CHARS]
            captured[article["id"]] = {
                "id": article["id"],
                "tone": article["tone"],
                "about": article["about"],
                "stored_tone": clipping.tone,
                "folded": folded,
                "targets": seen.get(folded),
            }
        return measure(corpus, servers, health_first=health_first)

    analyse_module.tone_toward, evaluation.measure = recording, measuring
    try:
        with _fresh_database():
            evaluation.evaluate(HERE / part)
    finally:
        analyse_module.tone_toward, evaluation.measure = tone_toward, measure
    return [captured[key] for key in sorted(captured)]


def main(parts: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
    import django

    django.setup()
    OUT.mkdir(exist_ok=True)
    for part in parts:
        cases = dump(part)
        path = OUT / f"{part}.json"
        path.write_text(json.dumps(cases, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"{part}: {len(cases)} stories -> {path}")


if __name__ == "__main__":
    main(
        sys.argv[1:]
        or [
            "dev",
            "dev2",
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "train8",
            "train9",
        ]
    )
