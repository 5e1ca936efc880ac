"""What the topic decision sees for each labelled story of a corpus part, as the real pipeline stored it.

Runs the part through `monitoring_evaluate`'s pipeline (fresh database, loopback servers, the worker's polls) and
records, for every labelled story that was stored, the folded text the topics are decided on, whether the story
concerns us (a mention of the municipality, its authorities or its places), the topic keywords' hits and the
topics Monitoreo decided, with the story's topic labels. Topic variants (`topics_cv.py`) are then compared
offline in seconds, leaving one writer out, instead of minutes per variant and part.

Run: .venv/bin/python evaluation/monitoring/topics_cases.py   (every training part: dev … heldout9, train8 … train12)
Writes evaluation/monitoring/topics_cases/<part>.json; with --report DIR also the run's full report as
DIR/<prefix><part>.json (the same JSON as `monitoring_evaluate --json`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from topics_cv import WRITERS

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
OUT = HERE / "topics_cases"


def dump(part: str) -> tuple[list[dict], dict]:
    """Run one part through the pipeline and read back, per labelled story, what its topics were decided from."""
    from heraldo.monitoring import evaluation
    from heraldo.monitoring.management.commands.monitoring_evaluate import _fresh_database
    from heraldo.monitoring.models import OUR_KINDS, Clipping, ClippingTopic, Mention, TermKind
    from heraldo.monitoring.urlnorm import canonical_url

    measure = evaluation.measure
    captured: dict[str, dict] = {}

    def measuring(corpus, servers, *, health_first):
        keys = {topic["name"]: topic["key"] for topic in corpus.setup["topics"]}
        by_url = {clipping.canonical_url: clipping for clipping in Clipping.objects.all()}
        for article in corpus.articles:
            clipping = by_url.get(canonical_url(servers.url(article["url"])))
            if clipping is None:
                continue
            mentions = Mention.objects.filter(clipping=clipping).select_related("term", "term__topic")
            hits = [
                [keys.get(m.term.topic.name, m.term.topic.name), m.term.phrase, m.start, m.end]
                for m in mentions.order_by("start")
                if m.term.kind == TermKind.TOPIC and m.term.topic_id
            ]
            decided = ClippingTopic.objects.filter(clipping=clipping, is_assigned=True).select_related("topic")
            captured[article["id"]] = {
                "id": article["id"],
                "topics": sorted(article.get("topics") or []),
                "about": article["about"],
                "folded": clipping.search_text,
                "concerns_us": any(m.term.kind in OUR_KINDS for m in mentions),
                "hits": hits,
                "stored_topics": sorted(keys.get(d.topic.name, d.topic.name) for d in decided),
            }
        return measure(corpus, servers, health_first=health_first)

    evaluation.measure = measuring
    try:
        with _fresh_database():
            report = evaluation.evaluate(HERE / part)
    finally:
        evaluation.measure = measure
    return [captured[key] for key in sorted(captured)], report.as_dict()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "parts",
        nargs="*",
        default=list(WRITERS),  # every training part, as topics_cv.py groups them by writer
    )
    parser.add_argument("--report", type=Path, help="also save each run's full report here")
    parser.add_argument("--prefix", default="", help="file name prefix of the saved reports")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
    import django

    django.setup()
    OUT.mkdir(exist_ok=True)
    for part in args.parts:
        cases, report = dump(part)
        path = OUT / f"{part}.json"
        path.write_text(json.dumps(cases, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        if args.report:
            saved = args.report / f"{args.prefix}{part}.json"
            saved.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
        print(f"{part}: {len(cases)} stories -> {path}", flush=True)


if __name__ == "__main__":
    main()
