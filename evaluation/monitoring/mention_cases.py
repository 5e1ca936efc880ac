"""Who each labelled story names, as the pipeline's analysis finds it: the mention errors of a part in seconds.

`monitoring_evaluate` takes minutes a part (fresh database, loopback servers, six hours of simulated polls) and its
JSON gives only the ids of the stories with a false hit or a miss. Mention rules are decided on the stored text
alone, so this script stores each story's own text (headline and paragraphs, as `build.py` lays them out; copies
with their own headline, lead and credit line) through `clipping_store` in a fresh database set up with the part's
watch list as the command sets it up (`apply_setup`, without the sources), and prints, per person and for the
institution, each false hit and miss with the words that were (or were not) taken as the mention. The stored text
of a page can differ from the story's (furniture the extractor leaves, a teaser): quote `monitoring_evaluate`'s
figures, use this to find the cause of an error.

Run: .venv/bin/python evaluation/monitoring/mention_cases.py dev dev2 heldout … [--only alcalde,institution]
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def stories(part: str) -> tuple[list[dict], dict]:
    """The part's articles with their labels (as `build.py` makes them) and its watch list."""
    sys.path.insert(0, str(HERE))
    import build

    spec = runpy.run_path(str(HERE / f"stories_{part}.py"))
    person_codes = spec.get("PERSON_CODES", build.PERSON_CODES)
    by_id: dict[str, dict] = {}
    for raw in spec["STORIES"]:
        if "of" in raw:
            article = build.syndicated_copy(by_id[raw["of"]], raw, person_codes)
        else:
            article = build.story(raw, person_codes)
        by_id[article["id"]] = article
    setup = json.loads((HERE / part / "setup.json").read_text(encoding="utf-8"))
    return list(by_id.values()), setup


def found_mentions(part: str) -> list[dict]:
    """Each story stored through the pipeline's analysis: its labels, and who the pipeline found, with how."""
    from heraldo.core.models import User
    from heraldo.monitoring.evaluation import INSTITUTION, Corpus, apply_setup
    from heraldo.monitoring.ingestion import clipping_store
    from heraldo.monitoring.management.commands.monitoring_evaluate import _fresh_database
    from heraldo.monitoring.models import TermKind

    articles, setup = stories(part)
    keys = {" ".join(f"{p['given_names']} {p['surnames']}".split()): p["key"] for p in setup["persons"]}
    mayor = next(p["key"] for p in setup["persons"] if p.get("office_code", "").upper().startswith("ALCALDE"))
    cases = []
    with _fresh_database():
        actor = User.objects.create(username="mention-cases")
        corpus = Corpus(HERE / part, {**setup, "sources": []}, {"articles": []})
        apply_setup(corpus, None, actor=actor)  # no sources: no servers needed
        moment = datetime(2026, 11, 1, 12, tzinfo=UTC)
        for index, article in enumerate(articles):
            clipping, _created = clipping_store(
                title=article["title"],
                body_text="\n\n".join(article["paragraphs"]),
                url=f"https://{part}.example.pe/{index}-{article['id']}",
                published_at=moment,
                queue_alerts=False,
            )
            found: dict[str, list[str]] = {}
            for mention in clipping.mentions.select_related("term", "term__person").order_by("start"):
                term = mention.term
                if term.kind == TermKind.MUNICIPALITY:
                    key = INSTITUTION
                elif term.kind in (TermKind.MAYOR, TermKind.AUTHORITY):
                    key = keys.get(" ".join(term.person.full_name.split())) if term.person_id else None
                    key = key or (mayor if term.kind == TermKind.MAYOR else None)
                else:
                    continue
                if key:
                    found.setdefault(key, []).append(f"{mention.alias} ({mention.how})")
            cases.append(
                {
                    "id": article["id"],
                    "labels": article["mentions"],
                    "found": found,
                    "text": f"{article['title']}\n" + "\n".join(article["paragraphs"]),
                }
            )
    return cases


def report(part: str, cases: list[dict], only: set[str] | None) -> None:
    classes = sorted({key for case in cases for key in [*case["labels"], *case["found"]]})
    for key in classes:
        if only and key not in only:
            continue
        tp = fp = fn = 0
        errors = []
        for case in cases:
            labelled, found = key in case["labels"], key in case["found"]
            tp += labelled and found
            if found and not labelled:
                fp += 1
                errors.append(f"  false hit {case['id']}: {', '.join(case['found'][key])}")
            elif labelled and not found:
                fn += 1
                errors.append(f"  miss {case['id']}: {case['text'][:300]!r}")
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{part} {key}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")
        for line in errors:
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+")
    parser.add_argument("--only", default="", help="comma-separated person keys and/or 'institution'")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
    import django

    django.setup()
    only = set(filter(None, args.only.split(","))) or None
    for part in args.parts:
        report(part, found_mentions(part), only)


if __name__ == "__main__":
    main()
