"""Which labelled stories the síntesis would take, by the mentions of ours the pipeline's analysis finds in them.

The síntesis lists a story when a mention of ours (`OUR_KINDS`: the municipality, its authorities, its places) that
is not an aside (named only to tell someone apart, or in a roll of others) is found in it or in one of its copies.
This script stores each story's own text as `mention_cases.py` does (a fresh database with the part's watch list,
no sources, no servers) and prints, per part, the stories with a mention of ours
that the writer labelled not about the municipality, and those about it with none, each with where its mentions
are. It is the seconds-long view of `monitoring_evaluate`'s "síntesis: not about us"; quote that command's figures.
`--json FILE` writes every story's mentions and labels, to try a whole-story rule on all parts at once.

Run: .venv/bin/python evaluation/monitoring/about_cases.py dev dev2 heldout … [--json /tmp/about.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def stories_with_mentions(part: str) -> list[dict]:
    """Each story of the part with its labels and the mentions of ours the pipeline finds (kind, where, words)."""
    from mention_cases import stories

    from heraldo.core.models import User
    from heraldo.monitoring.evaluation import Corpus, apply_setup
    from heraldo.monitoring.ingestion import clipping_store
    from heraldo.monitoring.management.commands.monitoring_evaluate import _fresh_database
    from heraldo.monitoring.models import OUR_KINDS

    articles, setup = stories(part)
    found = []
    with _fresh_database():
        actor = User.objects.create(username="about-cases")
        apply_setup(Corpus(HERE / part, {**setup, "sources": []}, {"articles": []}), None, actor=actor)
        moment = datetime(2026, 11, 1, 12, tzinfo=UTC)
        for index, article in enumerate(articles):
            clipping, _created = clipping_store(
                title=article["title"],
                body_text="\n\n".join(article["paragraphs"]),
                url=f"https://{part}.example.pe/{index}-{article['id']}",
                published_at=moment,
                queue_alerts=False,
            )
            mentions = clipping.mentions.select_related("term", "clipping").filter(
                term__kind__in=OUR_KINDS, is_aside=False
            )
            found.append(
                {
                    "id": article["id"],
                    "about": article["about"],
                    "title": article["title"],
                    "mentions": [{"kind": m.term.kind, "where": m.where, "words": m.alias} for m in mentions],
                }
            )
    return found


def report(part: str, found: list[dict]) -> None:
    listed_not_about = [story for story in found if story["mentions"] and not story["about"]]
    about_unlisted = [story for story in found if story["about"] and not story["mentions"]]
    print(f"{part}: {len(listed_not_about)} listed but not about us, {len(about_unlisted)} about us but not listed")
    for story in listed_not_about:
        where = "; ".join(f"{m['kind']} {m['where']}: {m['words']}" for m in story["mentions"])
        print(f"  not about us {story['id']}: {story['title'][:70]!r} — {where}")
    for story in about_unlisted:
        print(f"  about us, no mention {story['id']}: {story['title'][:70]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+")
    parser.add_argument("--json", type=Path, help="write every story's mentions and labels to this file")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
    import django

    django.setup()
    every = {}
    for part in args.parts:
        every[part] = stories_with_mentions(part)
        report(part, every[part])
    if args.json:
        args.json.write_text(json.dumps(every, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
