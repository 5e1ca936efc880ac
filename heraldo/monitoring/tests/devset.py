"""The analysis development set: 46 short Spanish stories about Santa Candelaria del Mar, labelled by hand.

Used to tune duplicates, mentions, topics and tone (never the held-out corpus). `dev_figures()` stores
every story through the real pipeline and returns mention F1 per person and the institution, topic F1,
tone macro-F1 and the copy grouping; `bench/monitoring_analysis_dev.py` prints them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.utils import timezone

from heraldo.directory.models import Entity, Person, Position, Term
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Clipping, Source, SourceKind, TermKind
from heraldo.monitoring.services.watchlist import topic_create, watchlist_sync_from_registry

DEV_ARTICLES = Path(__file__).parent / "data" / "dev" / "articles.json"
DEV_TOPICS = {
    "Limpieza pública": ["limpieza pública", "recojo de basura", "residuos sólidos", "basura", "camión recolector"],
    "Seguridad ciudadana": [
        "seguridad ciudadana",
        "serenazgo",
        "delincuencia",
        "delincuentes",
        "robos",
        "ladrones",
        "inseguridad",
    ],
    "Obras": ["obra", "pavimentación", "pistas", "agua potable", "desagüe"],
    "Tributos": ["arbitrios", "impuesto predial", "morosidad tributaria"],
}
LABELS = ("positive", "neutral", "negative")


def dev_articles() -> list[dict]:
    return json.loads(DEV_ARTICLES.read_text(encoding="utf-8"))


def dev_district() -> dict:
    own = Entity.objects.create(
        name="Municipalidad Distrital de Santa Candelaria del Mar",
        short_name="MDSCM",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        is_own_municipality=True,
    )
    mayor = Person.objects.create(given_names="Jorge", surnames="Cárdenas Vilca", sex="M")
    position = Position.objects.create(
        entity=own, title="Alcalde", title_feminine="Alcaldesa", office_code="ALCALDE_DISTRITAL"
    )
    Term.objects.create(position=position, person=mayor, starts_on=date(2023, 1, 1))
    manager = Person.objects.create(given_names="Patricia", surnames="Llanos Ríos", sex="F")
    manager_position = Position.objects.create(
        entity=own, title="Gerente Municipal", title_feminine="Gerenta Municipal"
    )
    Term.objects.create(position=manager_position, person=manager, starts_on=date(2023, 1, 1))
    return {"own": own, "mayor": mayor, "manager": manager}


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: bool, predicted: bool, what: str) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.errors.append(f"+{what}")
        elif gold:
            self.fn += 1
            self.errors.append(f"-{what}")

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def _predicted_topics(clipping: Clipping) -> set[str]:
    try:
        from heraldo.monitoring.models import ClippingTopic  # decided topics, when the code has them
    except ImportError:
        return set(clipping.mentions.filter(term__kind=TermKind.TOPIC).values_list("term__topic__name", flat=True))
    return set(ClippingTopic.objects.filter(clipping=clipping, is_assigned=True).values_list("topic__name", flat=True))


def dev_figures(actor) -> dict:
    """Store the dev set through the pipeline (oldest first) and score it against its labels."""
    people = dev_district()
    watchlist_sync_from_registry(actor=actor)
    for name, keywords in DEV_TOPICS.items():
        topic_create(actor=actor, name=name, keywords=keywords)
    now = timezone.now()
    outlets: dict[str, Source] = {}
    stored: dict[str, Clipping] = {}
    articles = sorted(dev_articles(), key=lambda a: -a["hours"])
    for article in articles:
        name = article["outlet"]
        if name not in outlets:
            outlet = Entity.objects.create(name=name, kind="MEDIO", level="PROVINCIAL", media_kind="WEB")
            outlets[name] = Source.objects.create(
                name=name, kind=SourceKind.FEED, url=f"https://{len(outlets)}.example.pe/rss", outlet=outlet
            )
        clipping, _created = clipping_store(
            source=outlets[name],
            title=article["title"],
            summary=article["lead"],
            body_text=article["body"],
            published_at=now - timedelta(hours=article["hours"]),
            url=f"https://{len(outlets)}.example.pe/{article['id']}",
            queue_alerts=False,
        )
        stored[article["id"]] = clipping
    person_key = {people["mayor"].pk: "mayor", people["manager"].pk: "manager"}
    mentions = {key: Scores() for key in ("mayor", "manager", "municipality")}
    topics = Scores()
    tone_pairs = []
    for article in articles:
        clipping = stored[article["id"]]
        found = set()
        for kind, person_id in clipping.mentions.values_list("term__kind", "term__person_id"):
            if person_id in person_key:
                found.add(person_key[person_id])
            elif kind == TermKind.MUNICIPALITY:
                found.add("municipality")
        for key, scores in mentions.items():
            scores.add(key in article["mentions"], key in found, f"{article['id']}:{key}")
        predicted_topics = _predicted_topics(clipping)
        for name in DEV_TOPICS:
            topics.add(name in article["topics"], name in predicted_topics, f"{article['id']}:{name}")
        clipping.refresh_from_db()
        tone_pairs.append((article["id"], article["tone"], clipping.tone))
    tone_f1 = {}
    for label in LABELS:
        tp = sum(g == label and p == label for _i, g, p in tone_pairs)
        fp = sum(g != label and p == label for _i, g, p in tone_pairs)
        fn = sum(g == label and p != label for _i, g, p in tone_pairs)
        tone_f1[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    groups: dict[str, list[Clipping]] = {}
    for article in articles:
        if article.get("group"):
            groups.setdefault(article["group"], []).append(stored[article["id"]])
    copies_grouped = sum(
        all((c.duplicate_of_id or c.pk) == (group[0].duplicate_of_id or group[0].pk) for c in group)
        for group in groups.values()
    )
    grouped_ids = {a["id"] for a in articles if a.get("group")}
    wrongly_grouped = [a["id"] for a in articles if a["id"] not in grouped_ids and stored[a["id"]].duplicate_of_id]
    return {
        "mention_f1": {key: round(s.f1, 3) for key, s in mentions.items()},
        "mention_errors": {key: s.errors for key, s in mentions.items()},
        "topic_f1": round(topics.f1, 3),
        "topic_errors": topics.errors,
        "tone_macro_f1": round(sum(tone_f1.values()) / 3, 3),
        "tone_f1": {k: round(v, 3) for k, v in tone_f1.items()},
        "tone_errors": [f"{i}:{g}->{p}" for i, g, p in tone_pairs if g != p],
        "copy_groups": f"{copies_grouped}/{len(groups)}",
        "wrongly_grouped": wrongly_grouped,
        "stored": stored,
    }
