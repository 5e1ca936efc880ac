"""Measure the monitoring pipeline end to end on a labelled corpus (`manage.py monitoring_evaluate DIR`).

A corpus directory holds what an analyst would meet in real life and what a reader decided about it:

    setup.json    the watch list as the office enters it: the municipality, its authorities (Registro),
                  the aliases the analyst adds, topics with keywords, outlets and sources (feeds, section pages)
    labels.json   per article: who and what it mentions, its topics, its tone toward the municipality,
                  its group of syndicated copies, its Lima date, whether it is about the municipality,
                  template strings that must not reach the text; and the sources that are hostile or broken
    feeds/        RSS and Atom files, served at the address of their source
    pages/<host>/ article and section pages of each invented outlet

Nothing here decides anything about a story: the corpus is served on loopback, set up through the same
services an analyst's forms call, polled by the same periodic step the worker runs, and what the
pipeline stored is compared with the labels. See docs/monitoring-evaluation.md.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from django.utils import timezone

TONES = ("positive", "neutral", "negative")
NOT_STORED = "not_stored"
INSTITUTION = "institution"
_CORPUS_URL = re.compile(r"https?://([a-z0-9-]+(?:\.[a-z0-9-]+)*\.example\.pe)", re.IGNORECASE)
_CONTENT_TYPES = {".xml": "application/rss+xml; charset=utf-8", ".html": "text/html; charset=utf-8"}


class CorpusError(Exception):
    """The corpus directory is incomplete or inconsistent; the message names the file and the field."""


# --- the corpus -------------------------------------------------------------------------------------------


@dataclass
class Corpus:
    root: Path
    setup: dict[str, Any]
    labels: dict[str, Any]

    @classmethod
    def load(cls, root: Path) -> Corpus:
        root = Path(root)
        if not root.is_dir():
            raise CorpusError(f"{root}: no es un directorio.")
        try:
            setup = json.loads((root / "setup.json").read_text(encoding="utf-8"))
            labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise CorpusError(f"Falta {exc.filename}.") from exc
        except json.JSONDecodeError as exc:
            raise CorpusError(f"JSON inválido: {exc}") from exc
        corpus = cls(root, setup, labels)
        corpus.check()
        return corpus

    @property
    def articles(self) -> list[dict[str, Any]]:
        return self.labels["articles"]

    @property
    def person_keys(self) -> list[str]:
        return [person["key"] for person in self.setup["persons"]]

    @property
    def topic_keys(self) -> list[str]:
        return [topic["key"] for topic in self.setup["topics"]]

    def hosts(self) -> list[str]:
        found = {_host_of(source["url"]) for source in self.setup["sources"]}
        pages = self.root / "pages"
        if pages.is_dir():
            found.update(child.name for child in pages.iterdir() if child.is_dir())
        return sorted(found)

    def check(self) -> None:
        for key in ("municipality", "persons", "topics", "outlets", "sources"):
            if key not in self.setup:
                raise CorpusError(f"setup.json: falta «{key}».")
        names = {source["name"] for source in self.setup["sources"]}
        for source in self.setup["sources"]:
            if not (self.root / source["file"]).is_file():
                raise CorpusError(f"setup.json: la fuente «{source['name']}» apunta a {source['file']}, que no existe.")
        persons, topics = set(self.person_keys) | {INSTITUTION}, set(self.topic_keys)
        seen_urls = set()
        for article in self.articles:
            where = f"labels.json: artículo {article.get('id')}"
            if article["url"] in seen_urls:
                raise CorpusError(f"{where}: la dirección {article['url']} se repite.")
            seen_urls.add(article["url"])
            if article["tone"] not in TONES:
                raise CorpusError(f"{where}: tono «{article['tone']}» desconocido.")
            if set(article["mentions"]) - persons:
                raise CorpusError(f"{where}: menciones desconocidas {sorted(set(article['mentions']) - persons)}.")
            if set(article["topics"]) - topics:
                raise CorpusError(f"{where}: temas desconocidos {sorted(set(article['topics']) - topics)}.")
            if article["source"] not in names:
                raise CorpusError(f"{where}: la fuente «{article['source']}» no está en setup.json.")
            date.fromisoformat(article["lima_date"])
        for name in self.labels.get("hostile_sources", []):
            if name not in names:
                raise CorpusError(f"labels.json: la fuente hostil «{name}» no está en setup.json.")


def _host_of(url: str) -> str:
    found = _CORPUS_URL.match(url)
    if not found:
        raise CorpusError(f"{url}: las direcciones del corpus son de dominios *.example.pe.")
    return found.group(1).lower()


# --- serving it on loopback ---------------------------------------------------------------------------------


class LoopbackServers:
    """One HTTP server per invented outlet, each on its own loopback address (127.0.0.N).

    Distinct addresses keep the poll's one-request-burst-per-host rule meaningful: each outlet is its own
    host, as on the real web. Addresses in served files are rewritten from `https://<outlet>.example.pe`
    to the outlet's loopback server.
    """

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.bases: dict[str, str] = {}
        self._servers: list[ThreadingHTTPServer] = []
        self._feeds = {_path_of(source["url"]): source["file"] for source in corpus.setup["sources"]}

    def __enter__(self) -> LoopbackServers:
        for number, host in enumerate(self.corpus.hosts(), start=1):
            server = ThreadingHTTPServer((f"127.0.0.{number}", 0), self._handler(host))
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers.append(server)
            self.bases[host] = f"http://127.0.0.{number}:{server.server_address[1]}"
        return self

    def __exit__(self, *exc_info) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    @property
    def allowed_hosts(self) -> list[str]:
        return [base.removeprefix("http://") for base in self.bases.values()]

    def url(self, corpus_url: str) -> str:
        return _CORPUS_URL.sub(lambda m: self.bases.get(m.group(1).lower(), m.group(0)), corpus_url)

    def _file_for(self, host: str, path: str) -> Path | None:
        path = path.split("?", 1)[0].split("#", 1)[0]
        feed = self._feeds.get((host, path))
        if feed:
            return self.corpus.root / feed
        base = (self.corpus.root / "pages" / host).resolve()
        relative = path.strip("/") or "index"
        for candidate in (relative, f"{relative}.html", f"{relative}/index.html"):
            target = (base / candidate).resolve()
            if target.is_relative_to(base) and target.is_file():
                return target
        return None

    def _handler(self, host: str) -> type[BaseHTTPRequestHandler]:
        servers = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                target = servers._file_for(host, self.path)
                if target is None:
                    self.send_error(404)
                    return
                body = target.read_bytes()
                if target.suffix in _CONTENT_TYPES:
                    text = body.decode("utf-8", errors="surrogateescape")
                    body = servers.url(text).encode("utf-8", errors="surrogateescape")
                self.send_response(200)
                self.send_header("Content-Type", _CONTENT_TYPES.get(target.suffix, "application/octet-stream"))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                return

        return Handler


def _path_of(url: str) -> tuple[str, str]:
    host = _host_of(url)
    return host, "/" + url.split(host, 1)[1].lstrip("/")


# --- setting it up as an analyst would ----------------------------------------------------------------------


def apply_setup(corpus: Corpus, servers: LoopbackServers, *, actor) -> None:
    """The Registro's authorities, then the watch list, topics, outlets and sources through Monitoreo's services."""
    from heraldo.directory.models import Entity, Person, Position, Term
    from heraldo.monitoring.models import TermKind
    from heraldo.monitoring.services.polling import source_create
    from heraldo.monitoring.services.watchlist import topic_create, watch_term_create, watchlist_sync_from_registry

    setup = corpus.setup
    municipality = setup["municipality"]
    own = Entity.objects.create(
        name=municipality["name"],
        short_name=municipality.get("short_name", ""),
        kind="MUNICIPALIDAD",
        level=municipality.get("level", "DISTRITAL"),
        is_own_municipality=True,
    )
    people = {}
    for entry in setup["persons"]:
        person = Person.objects.create(given_names=entry["given_names"], surnames=entry["surnames"], sex=entry["sex"])
        position = Position.objects.create(
            entity=own,
            title=entry["position"],
            title_feminine=entry.get("position_feminine", ""),
            office_code=entry.get("office_code", ""),
        )
        Term.objects.create(position=position, person=person, starts_on=date(2023, 1, 1))
        people[entry["key"]] = person
    watchlist_sync_from_registry(actor=actor)
    takes_person = "person" in _parameters(watch_term_create)
    for entry in setup["persons"]:
        kind = TermKind.MAYOR if entry.get("office_code", "").upper().startswith("ALCALDE") else TermKind.AUTHORITY
        for alias in entry.get("aliases", []):
            extra = {"person": people[entry["key"]]} if takes_person else {}
            term = _create_term(watch_term_create, actor=actor, phrase=alias, kind=kind, **extra)
            if term is not None and term.person_id is None:
                # The analyst links each alias to the person it names (the watch list's "Vincular" action).
                _link_term(term, people[entry["key"]], actor=actor)
    for alias in municipality.get("aliases", []):
        _create_term(watch_term_create, actor=actor, phrase=alias, kind=TermKind.MUNICIPALITY)
    for word in setup.get("exclusions", []):
        _create_term(watch_term_create, actor=actor, phrase=word, kind=TermKind.NEGATIVE)
    for topic in setup["topics"]:
        topic_create(actor=actor, name=topic["name"], keywords=topic["keywords"])
    outlets = {}
    for entry in setup["outlets"]:
        outlets[entry["key"]] = Entity.objects.create(
            name=entry["name"],
            kind="MEDIO",
            level=entry.get("level", "REGIONAL"),
            media_kind=entry.get("media_kind", "WEB"),
            media_reach=entry.get("reach"),
        )
    for entry in setup["sources"]:
        source_create(
            actor=actor,
            data={
                "name": entry["name"],
                "kind": entry.get("kind", "feed"),
                "url": servers.url(entry["url"]),
                "outlet": outlets.get(entry.get("outlet", "")),
                "link_selector": entry.get("link_selector", ""),
                "content_selector": entry.get("content_selector", ""),
                "interval_minutes": entry.get("interval_minutes", 30),
                "is_priority": entry.get("is_priority", False),
                "is_active": True,
            },
        )


def _parameters(function: Callable) -> set[str]:
    import inspect

    return set(inspect.signature(function).parameters)


def _create_term(create: Callable, **kwargs) -> Any:
    """An alias the watch list already holds (generated from the Registro) is not an error for the analyst."""
    from heraldo.core.writes import Refused

    try:
        return create(**kwargs)
    except Refused:
        return None


def _link_term(term: Any, person: Any, *, actor) -> None:
    from heraldo.core.writes import Refused
    from heraldo.monitoring.services import watchlist

    link = getattr(watchlist, "watch_term_link_person", None)
    if link is None:
        return
    try:
        link(actor=actor, term=term, person=person)
    except Refused:
        return


# --- polling as the worker does -----------------------------------------------------------------------------


def poll_cycles(*, start: datetime, hours: float, step_minutes: int = 30, teaser_minutes: int = 5) -> int:
    """Run the worker's periodic monitoring steps over `hours`: the poll at `start` and every `step_minutes`, the
    completion of teasers every `teaser_minutes` (heraldo/monitoring/schedule.py). Returns the polls."""
    from heraldo.monitoring.services.polling import monitoring_complete_teasers, monitoring_poll_due_sources

    polls = 0
    moment, end = start, start + timedelta(hours=hours)
    next_poll = start
    while moment <= end:
        if moment >= next_poll:
            while True:  # one source per host per cycle: the step is run again until no source is due at `moment`
                polled = monitoring_poll_due_sources(now=moment)
                polls += len(polled)
                if not polled:
                    break
            next_poll += timedelta(minutes=step_minutes)
        monitoring_complete_teasers(now=moment)
        moment += timedelta(minutes=teaser_minutes)
    return polls


# --- what the pipeline decided, read back ---------------------------------------------------------------------


@dataclass
class Stored:
    """One stored clipping as the evaluation sees it."""

    pk: int
    source: str
    text: str
    published_at: datetime
    tone: str
    mentions: set[str]
    topics: set[str]
    original_pk: int | None


def read_back(corpus: Corpus) -> dict[str, Stored]:
    """Stored clippings by canonical address. Persons by the watch term's person, else by its kind."""
    from heraldo.monitoring.models import Clipping, ClippingTopic, Mention, TermKind

    person_keys = {}
    mayor_key = None
    for entry in corpus.setup["persons"]:
        full = " ".join(f"{entry['given_names']} {entry['surnames']}".split())
        person_keys[full] = entry["key"]
        if entry.get("office_code", "").upper().startswith("ALCALDE"):
            mayor_key = entry["key"]
    topic_keys = {topic["name"]: topic["key"] for topic in corpus.setup["topics"]}
    found: dict[str, Stored] = {}
    by_pk: dict[int, Stored] = {}
    for clipping in Clipping.objects.select_related("source").order_by("pk"):
        stored = Stored(
            pk=clipping.pk,
            source=clipping.source.name if clipping.source else "",
            text=f"{clipping.title}\n{clipping.full_text}",
            published_at=clipping.published_at,
            tone=clipping.tone,
            mentions=set(),
            topics=set(),
            original_pk=clipping.duplicate_of_id,
        )
        found[clipping.canonical_url] = by_pk[clipping.pk] = stored
    mentions = Mention.objects.select_related("term", "term__person").order_by("pk")
    for mention in mentions:
        stored = by_pk[mention.clipping_id]
        term = mention.term
        if term.kind == TermKind.MUNICIPALITY:
            stored.mentions.add(INSTITUTION)
        elif term.kind in (TermKind.MAYOR, TermKind.AUTHORITY):
            key = person_keys.get(" ".join(term.person.full_name.split())) if term.person_id else None
            if key is None and term.kind == TermKind.MAYOR:
                key = mayor_key
            if key:
                stored.mentions.add(key)
    # A keyword hit is evidence, not a topic: the story's topics are those Monitoreo decided (what the síntesis,
    # the alerts and the lists show).
    decided = ClippingTopic.objects.filter(is_assigned=True).select_related("topic").order_by("pk")
    for decision in decided:
        if decision.topic.name in topic_keys:
            by_pk[decision.clipping_id].topics.add(topic_keys[decision.topic.name])
    return found


# --- the figures ----------------------------------------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if not fp else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def binary_classes(pairs: list[tuple[set[str], set[str] | None]], classes: list[str]) -> dict[str, dict]:
    """Per class: an article labelled with it and not predicted (or not stored) is a miss, the reverse a false hit."""
    result = {}
    for name in classes:
        tp = fp = fn = 0
        for gold, predicted in pairs:
            said = predicted is not None and name in predicted
            if name in gold:
                tp, fn = (tp + 1, fn) if said else (tp, fn + 1)
            elif said:
                fp += 1
        result[name] = prf(tp, fp, fn)
    return result


def class_errors(ids: list[str], pairs: list[tuple[set[str], set[str] | None]], classes: list[str]) -> dict:
    """Which articles each class got wrong: the false hits and the misses, by article id (for working on dev)."""
    errors: dict[str, dict[str, list[str]]] = {name: {"false_hits": [], "misses": []} for name in classes}
    for article_id, (gold, predicted) in zip(ids, pairs, strict=True):
        for name in classes:
            said = predicted is not None and name in predicted
            if said and name not in gold:
                errors[name]["false_hits"].append(article_id)
            elif name in gold and not said:
                errors[name]["misses"].append(article_id)
    return errors


def tone_figures(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    matrix = {gold: dict.fromkeys((*TONES, NOT_STORED), 0) for gold in TONES}
    for gold, predicted in pairs:
        matrix[gold][predicted] += 1
    classes = {}
    for tone in TONES:
        tp = matrix[tone][tone]
        fp = sum(matrix[other][tone] for other in TONES if other != tone)
        fn = sum(count for predicted, count in matrix[tone].items() if predicted != tone)
        classes[tone] = prf(tp, fp, fn)
    # A class nobody labelled and the pipeline never said has no F1; it neither helps nor hurts the average.
    present = [c["f1"] for c in classes.values() if c["tp"] + c["fp"] + c["fn"]]
    macro = sum(present) / len(present) if present else 0.0
    return {"articles": len(pairs), "classes": classes, "macro_f1": macro, "confusion": matrix}


def duplicate_figures(articles: list[dict], stored: dict[str, Stored | None]) -> dict[str, Any]:
    """Copies grouped under one story: per gold group, the largest part the pipeline put under one original."""
    root_of: dict[int, int] = {}
    by_pk = {s.pk: s for s in stored.values() if s is not None}

    def root(pk: int) -> int:
        seen = set()
        while by_pk.get(pk) and by_pk[pk].original_pk and pk not in seen:
            seen.add(pk)
            pk = by_pk[pk].original_pk
        return pk

    for pk in by_pk:
        root_of[pk] = root(pk)
    group_of_pk = {}
    for article in articles:
        found = stored.get(article["id"])
        if found is not None:
            group_of_pk[found.pk] = article.get("duplicate_group") or f"solo:{article['id']}"
    expected = linked = 0
    missed: list[str] = []
    groups: dict[str, list[dict]] = defaultdict(list)
    for article in articles:
        if article.get("duplicate_group"):
            groups[article["duplicate_group"]].append(article)
    for name, members in sorted(groups.items()):
        if len(members) < 2:
            continue
        expected += len(members) - 1
        roots = Counter(root_of[stored[m["id"]].pk] for m in members if stored.get(m["id"]) is not None)
        best = max(roots.values(), default=0)
        linked += max(best - 1, 0)
        if best < len(members):
            missed.append(name)
    wrong = []
    for pk, found in by_pk.items():
        if found.original_pk and pk in group_of_pk:
            original_group = group_of_pk.get(found.original_pk)
            if original_group != group_of_pk[pk]:
                wrong.append(pk)
    # Pairwise: two stored articles are "the same story" for the pipeline when they share a root.
    same_tp = same_fp = same_fn = 0
    members = [(pk, group) for pk, group in group_of_pk.items()]
    for index, (pk_a, group_a) in enumerate(members):
        for pk_b, group_b in members[index + 1 :]:
            gold_same, said_same = group_a == group_b, root_of[pk_a] == root_of[pk_b]
            same_tp += gold_same and said_same
            same_fp += said_same and not gold_same
            same_fn += gold_same and not said_same
    return {
        "groups": sum(1 for m in groups.values() if len(m) > 1),
        "copies_expected": expected,
        "copies_linked": linked,
        "copies_missed": expected - linked,
        "groups_incomplete": missed,
        "wrongly_linked": len(wrong),
        "pairs": prf(same_tp, same_fp, same_fn),
    }


def summary_figures(articles: list[dict], stored: dict[str, Stored | None]) -> dict[str, Any]:
    """Each morning's síntesis over the corpus' days: does it list only stories about the municipality?"""
    from heraldo.monitoring.services.summary import summary_content, summary_get_or_create

    by_pk = {found.pk: article for article in articles if (found := stored.get(article["id"])) is not None}
    days = sorted({date.fromisoformat(a["lima_date"]) for a in articles})
    listed: list[dict] = []
    if days:
        day = days[0]
        while day <= days[-1] + timedelta(days=1):
            content = summary_content(summary=summary_get_or_create(day=day))
            for section in content.sections:
                for clippings in section.by_tone.values():
                    listed.extend(by_pk.get(c.pk, {"id": f"pk{c.pk}", "about": False}) for c in clippings)
            day += timedelta(days=1)
    listed_ids = Counter(a["id"] for a in listed)
    groups = Counter(a.get("duplicate_group") for a in listed if a.get("duplicate_group"))
    about_ids = {a["id"] for a in articles if a["about"]}
    about_groups = {a.get("duplicate_group") or a["id"] for a in articles if a["about"]}
    listed_stories = {a.get("duplicate_group") or a["id"] for a in listed if a["about"]}
    return {
        "listed": len(listed),
        "about": sum(1 for a in listed if a["about"]),
        "not_about": sorted(a["id"] for a in listed if not a["about"]),
        "listed_twice": sorted(i for i, n in listed_ids.items() if n > 1),
        "copies_listed_separately": sorted(g for g, n in groups.items() if n > 1),
        "stories_about": len(about_groups),
        "stories_about_missing": len(about_groups - listed_stories),
        "about_articles": len(about_ids),
    }


@dataclass
class Report:
    corpus: str
    articles: int
    stored: int
    figures: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "articles": self.articles, "stored": self.stored, **self.figures}


def measure(corpus: Corpus, servers: LoopbackServers, *, health_first: dict[str, str]) -> Report:
    from heraldo.core.text import fold
    from heraldo.monitoring.models import Clipping, Health, Source
    from heraldo.monitoring.urlnorm import canonical_url

    by_url = read_back(corpus)
    hostile_names = set(corpus.labels.get("hostile_sources", []))
    hostile_ids = set(Source.objects.filter(name__in=hostile_names).values_list("pk", flat=True))
    articles = corpus.articles
    stored: dict[str, Stored | None] = {
        a["id"]: by_url.get(canonical_url(servers.url(a["url"]))) for a in corpus.articles
    }
    labelled = {s.pk for s in stored.values() if s is not None}
    stored_total = Clipping.objects.count()
    unlabelled = Clipping.objects.exclude(pk__in=labelled).exclude(source_id__in=hostile_ids).count()

    mention_pairs = [(set(a["mentions"]), _pred(stored[a["id"]], "mentions")) for a in articles]
    topic_pairs = [(set(a["topics"]), _pred(stored[a["id"]], "topics")) for a in articles]
    mentions = binary_classes(mention_pairs, [*corpus.person_keys, INSTITUTION])
    topics = binary_classes(topic_pairs, corpus.topic_keys)
    ids = [a["id"] for a in articles]
    errors = {
        "mentions": class_errors(ids, mention_pairs, [*corpus.person_keys, INSTITUTION]),
        "topics": class_errors(ids, topic_pairs, corpus.topic_keys),
        "tone": {a["id"]: [a["tone"], _tone(stored[a["id"]])] for a in articles if a["tone"] != _tone(stored[a["id"]])},
    }
    micro = prf(*(sum(c[k] for c in topics.values()) for k in ("tp", "fp", "fn")))
    tone_all = tone_figures([(a["tone"], _tone(stored[a["id"]])) for a in articles])
    tone_about = tone_figures([(a["tone"], _tone(stored[a["id"]])) for a in articles if a["about"]])

    hostile = []
    for source in Source.objects.filter(pk__in=hostile_ids).order_by("pk"):
        hostile.append(
            {
                "source": source.name,
                "health_after_first_poll": health_first.get(source.name, ""),
                "health": source.health,
                "error": source.last_error,
                "stored": Clipping.objects.filter(source=source).count(),
            }
        )

    boiler_hits, glued_hits, incomplete, wrong_day = [], [], [], []
    for article in articles:
        found = stored[article["id"]]
        if found is None:
            continue
        folded = fold(found.text)
        for phrase in article.get("boilerplate", []):
            if fold(phrase) in folded:
                boiler_hits.append({"article": article["id"], "string": phrase})
        for joint in article.get("glued", []):
            if fold(joint) in folded:
                glued_hits.append({"article": article["id"], "string": joint})
        if any(fold(phrase) not in folded for phrase in article.get("must_contain", [])):
            incomplete.append(article["id"])
        if timezone.localtime(found.published_at).date().isoformat() != article["lima_date"]:
            wrong_day.append(article["id"])
    stored_articles = [a for a in articles if stored[a["id"]] is not None]
    report = Report(corpus=str(corpus.root), articles=len(articles), stored=stored_total)
    report.figures = {
        "articles_stored": len(stored_articles),
        "articles_missing": sorted(a["id"] for a in articles if stored[a["id"]] is None),
        "unlabelled_stored": unlabelled,
        "mentions": mentions,
        "topics": topics,
        "topics_micro": micro,
        "tone": tone_all,
        "tone_about_municipality": tone_about,
        "duplicates": duplicate_figures(articles, stored),
        "hostile_sources": hostile,
        "hostile_marked_failing": sum(1 for h in hostile if h["health"] == Health.FAILING and h["error"]),
        "hostile_flagged": sum(1 for h in hostile if h["health"] != Health.OK),
        "hostile_nothing_stored": sum(1 for h in hostile if h["stored"] == 0),
        "boilerplate": {
            "strings_checked": sum(len(a.get("boilerplate", [])) for a in stored_articles),
            "found": boiler_hits,
            "articles_with_boilerplate": len({h["article"] for h in boiler_hits}),
        },
        "glued_paragraphs": {
            "joints_checked": sum(len(a.get("glued", [])) for a in stored_articles),
            "found": glued_hits,
        },
        "complete_text": {
            "checked": sum(1 for a in stored_articles if a.get("must_contain")),
            "incomplete": incomplete,
        },
        "lima_day": {"right": len(stored_articles) - len(wrong_day), "wrong": wrong_day},
        "summary": summary_figures(articles, stored),
        "errors": errors,
    }
    return report


def _pred(found: Stored | None, what: str) -> set[str] | None:
    return None if found is None else getattr(found, what)


def _tone(found: Stored | None) -> str:
    return NOT_STORED if found is None else found.tone


# --- one run ---------------------------------------------------------------------------------------------


@contextmanager
def loopback_allowed(hosts: list[str]) -> Iterator[None]:
    """core.fetch refuses loopback except the `host:port` pairs of HERALDO_FETCH_ALLOWED_HOSTS: these, for this run."""
    from django.test import override_settings

    with override_settings(HERALDO_FETCH_ALLOWED_HOSTS=hosts):
        yield


@contextmanager
def jobs_inline() -> Iterator[None]:
    """Jobs queued by storing (alert evaluation) run at once, in this database, never on the live queue."""
    from huey.contrib.djhuey import HUEY

    before = HUEY.immediate
    HUEY.immediate = True
    try:
        yield
    finally:
        HUEY.immediate = before


def evaluate(root: Path, *, hours: float = 6.0) -> Report:
    """Set up, serve, poll and measure in the current database (which the caller makes a fresh one)."""
    from django.contrib.auth.models import Group

    from heraldo.core import roles
    from heraldo.core.models import User

    corpus = Corpus.load(root)
    actor = User.objects.create_user(username="evaluacion-monitoreo", first_name="Evaluación")
    actor.groups.add(Group.objects.get(name=roles.MONITORING))
    from heraldo.monitoring.models import Source

    with LoopbackServers(corpus) as servers, loopback_allowed(servers.allowed_hosts), jobs_inline():
        apply_setup(corpus, servers, actor=actor)
        start = timezone.now()
        poll_cycles(start=start, hours=0)
        health_first = dict(Source.objects.values_list("name", "health"))
        poll_cycles(start=start + timedelta(minutes=30), hours=hours)
        return measure(corpus, servers, health_first=health_first)


# --- printing ---------------------------------------------------------------------------------------------


def format_report(report: Report) -> str:
    data = report.as_dict()
    lines = [
        f"Corpus: {data['corpus']}",
        f"Artículos etiquetados: {data['articles']} · guardados: {data['articles_stored']}"
        f" · recortes en la base: {data['stored']}"
        f" (sin etiqueta, fuera de fuentes hostiles: {data['unlabelled_stored']})",
    ]
    if data["articles_missing"]:
        lines.append(f"  no guardados: {', '.join(data['articles_missing'])}")
    lines += ["", "Menciones (por artículo)", _table_header()]
    lines += [_row(name, figures) for name, figures in data["mentions"].items()]
    lines += ["", "Temas (por artículo)", _table_header()]
    lines += [_row(name, figures) for name, figures in data["topics"].items()]
    lines.append(_row("micro", data["topics_micro"]))
    for key, title in (
        ("tone", "Tono hacia la municipalidad (todos)"),
        ("tone_about_municipality", "Tono (solo notas sobre la municipalidad)"),
    ):
        tone = data[key]
        lines += ["", f"{title}: {tone['articles']} artículos, macro-F1 {tone['macro_f1']:.3f}", _table_header()]
        lines += [_row(name, figures) for name, figures in tone["classes"].items()]
        lines.append("  matriz (fila = etiqueta, columna = pipeline):")
        lines.append("  " + " " * 10 + "".join(f"{c:>11}" for c in (*TONES, NOT_STORED)))
        for gold, row in tone["confusion"].items():
            lines.append(f"  {gold:<10}" + "".join(f"{row[c]:>11}" for c in (*TONES, NOT_STORED)))
    dup = data["duplicates"]
    lines += [
        "",
        f"Copias sindicadas: {dup['groups']} grupos, {dup['copies_expected']} copias;"
        f" enlazadas {dup['copies_linked']}, perdidas {dup['copies_missed']}, mal enlazadas {dup['wrongly_linked']}",
        _row("pares", dup["pairs"]),
    ]
    if dup["groups_incomplete"]:
        lines.append(f"  grupos incompletos: {', '.join(dup['groups_incomplete'])}")
    lines += [
        "",
        f"Fuentes hostiles o rotas: {len(data['hostile_sources'])}; caídas (failing) con mensaje"
        f" {data['hostile_marked_failing']}, marcadas no sanas {data['hostile_flagged']},"
        f" sin nada guardado {data['hostile_nothing_stored']}",
    ]
    for h in data["hostile_sources"]:
        lines.append(
            f"  {h['source']}: tras la 1.ª consulta {h['health_after_first_poll']}, al final {h['health']},"
            f" guardados {h['stored']}, mensaje: {h['error'] or '—'}"
        )
    boiler = data["boilerplate"]
    lines += [
        "",
        f"Texto de plantilla en el texto extraído: {len(boiler['found'])} de {boiler['strings_checked']} cadenas,"
        f" en {boiler['articles_with_boilerplate']} artículos",
    ]
    by_string = Counter(h["string"] for h in boiler["found"])
    lines += [f"  {count} × «{string}»" for string, count in by_string.most_common()]
    glued = data["glued_paragraphs"]
    lines.append(f"Párrafos pegados: {len(glued['found'])} de {glued['joints_checked']} uniones")
    complete = data["complete_text"]
    lines.append(
        f"Texto incompleto (falta el final de la nota): {len(complete['incomplete'])} de {complete['checked']}"
    )
    day = data["lima_day"]
    lines.append(f"Día de Lima correcto: {day['right']} de {day['right'] + len(day['wrong'])}")
    if day["wrong"]:
        lines.append(f"  en otro día: {', '.join(day['wrong'])}")
    summary = data["summary"]
    lines += [
        "",
        f"Síntesis: {summary['listed']} notas listadas, {summary['about']} sobre la municipalidad,"
        f" {len(summary['not_about'])} ajenas;"
        f" copias listadas aparte en {len(summary['copies_listed_separately'])} grupos;"
        f" historias sobre la municipalidad ausentes: {summary['stories_about_missing']} de {summary['stories_about']}",
    ]
    if summary["not_about"]:
        lines.append(f"  ajenas: {', '.join(summary['not_about'][:40])}")
    return "\n".join(lines)


def _table_header() -> str:
    return f"  {'clase':<22}{'P':>7}{'R':>7}{'F1':>7}{'VP':>6}{'FP':>6}{'FN':>6}"


def _row(name: str, figures: dict[str, Any]) -> str:
    return (
        f"  {name:<22}{figures['precision']:>7.3f}{figures['recall']:>7.3f}{figures['f1']:>7.3f}"
        f"{figures['tp']:>6}{figures['fp']:>6}{figures['fn']:>6}"
    )
