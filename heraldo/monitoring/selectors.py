"""Reads of Monitoreo: the archive search (SQLite FTS5 or PostgreSQL full text) and dashboards."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, Exists, F, Max, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from heraldo.core.models import Job
from heraldo.core.text import fold
from heraldo.directory.models import Entity, Person
from heraldo.monitoring.models import (
    Alert,
    AlertRule,
    AlertSeen,
    Clipping,
    ClippingTopic,
    Dossier,
    DossierItem,
    Medium,
    Source,
    Tone,
    Topic,
)
from heraldo.monitoring.search import (
    CANDIDATES,
    Filters,
    Hit,
    ParsedQuery,
    engine_for,
    newest_first,
    parse_query,
)

__all__ = ["ParsedQuery", "parse_query"]


PER_PAGE = 25
# Browsing without words counts its facets among the newest this-many originals (the page says so): a sample of
# 2,000 cost a third of the page at a million clippings, in rows read and in the clipping ids sent back as lists.
BROWSE_SAMPLE = 500
MAX_PAGES = CANDIDATES // PER_PAGE
FACET_VALUES = 8


class SortOrder:
    NEWEST = "newest"
    RELEVANCE = "relevance"
    CHOICES = [(NEWEST, _("Más recientes primero")), (RELEVANCE, _("Más relevantes primero"))]


@dataclass(frozen=True)
class ArchiveQuery:
    """What the analyst asked the archive: words, filters and order."""

    text: str = ""
    source: Source | None = None
    outlet: Entity | None = None
    medium: str = ""
    tone: str = ""
    topic: Topic | None = None
    person: Person | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_copies: bool = False
    incomplete: bool = False
    sort: str = SortOrder.NEWEST

    def filters(self) -> Filters:
        return Filters(
            source_id=self.source.pk if self.source else None,
            outlet_id=self.outlet.pk if self.outlet else None,
            medium=self.medium,
            tone=self.tone,
            topic_id=self.topic.pk if self.topic else None,
            person_id=self.person.pk if self.person else None,
            date_from=self.date_from,
            date_to=self.date_to,
            include_copies=self.include_copies,
            incomplete=self.incomplete,
        )


@dataclass
class FacetValue:
    param: str
    value: str
    label: str
    count: int


@dataclass
class Facet:
    param: str
    label: str
    values: list[FacetValue]


@dataclass
class ArchivePage:
    """What the page template's pagination needs, without counting every match."""

    number: int
    num_pages: int
    count: int

    @property
    def paginator(self) -> ArchivePage:
        return self

    def has_next(self) -> bool:
        return self.number < self.num_pages

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.num_pages > 1

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


@dataclass
class ArchiveResult:
    rows: list[tuple[Clipping, SafeString]]
    total: int
    total_is_estimate: bool
    page: ArchivePage
    facets: list[Facet] = field(default_factory=list)
    # Facets counted over the newest this-many matches (None: over all of them).
    facet_sample: int | None = None
    # Relevance computed over this many matches, not all (None: all of them, or newest first).
    ranked_among: int | None = None


def archive_search(
    query: ArchiveQuery, *, page: int = 1, per_page: int = PER_PAGE, with_facets: bool = True
) -> ArchiveResult:
    """The archive page: one page of clippings with snippets, the count (estimated above CANDIDATES
    matches) and facets, newest first or by relevance. See heraldo/monitoring/search.py for the plans."""
    parsed = parse_query(query.text) if query.text.strip() else None
    if parsed is not None and not parsed.include:
        return ArchiveResult([], 0, False, ArchivePage(1, 1, 0))
    number = max(1, min(page, MAX_PAGES))
    offset = (number - 1) * per_page
    engine = engine_for(parsed, query.filters())
    ranked_among = None
    if parsed is None:
        count = engine.count()
        sample = engine.browse(BROWSE_SAMPLE)
        complete = count <= len(sample)
        newest = sample if offset + per_page <= len(sample) else engine.browse(offset + per_page)
        ordered_ids = [h.id for h in newest[offset : offset + per_page]]
    else:
        count = engine.count()
        sample, complete = engine.sample()
        if query.sort == SortOrder.RELEVANCE:
            headline, text, all_ranked = engine.ranked()
            ordered_ids = _relevance_order(headline, text)[offset : offset + per_page]
            if not all_ranked:
                ranked_among = len(ordered_ids) and len({pk for pk, _s in headline} | {pk for pk, _s in text})
        else:
            ordered_ids = [h.id for h in engine.newest(offset + per_page, sample, complete)[offset:]]
    estimated = count > CANDIDATES
    total = _estimate(sample, query) if estimated else count
    if estimated and total <= CANDIDATES:
        # The count says "many" but the sample's dates say otherwise: a guessed count is checked by counting.
        if not engine.counts_exactly:
            count = engine.exact_count()
        estimated = count > CANDIDATES
        total = max(total, CANDIDATES + 1) if estimated else count
    num_pages = max(1, min(MAX_PAGES, -(-min(total, CANDIDATES) // per_page)))
    return ArchiveResult(
        rows=_page_rows(ordered_ids, query.text),
        total=total,
        total_is_estimate=estimated,
        page=ArchivePage(number, num_pages, total),
        facets=_facets(sample) if with_facets else [],
        facet_sample=None if complete else len(sample),
        ranked_among=ranked_among or None,
    )


def archive_latest(text: str, *, limit: int) -> list[Clipping]:
    """The newest `limit` originals with the words, for the global search box, which shows their headlines and
    dates only: without the archive page's count, estimate, facets and snippets, which cost a common word three
    quarters of the box's time at a million clippings."""
    parsed = parse_query(text) if text.strip() else None
    if parsed is None or not parsed.include:
        return []
    engine = engine_for(parsed, Filters())
    sample, complete = engine.sample()
    ids = [hit.id for hit in engine.newest(limit, sample, complete)]
    by_id = Clipping.objects.only("title", "published_at").in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def _relevance_order(headline: list[tuple[int, float]], text: list[tuple[int, float]]) -> list[int]:
    """Clippings with the words in their headline first (by how well the headline matches), then the
    rest by how well their text matches; ties newest first."""
    first = [pk for pk, _score in sorted(headline, key=lambda r: (-r[1], -r[0]))]
    seen = set(first)
    return first + [pk for pk, _score in sorted(text, key=lambda r: (-r[1], -r[0])) if pk not in seen]


def _estimate(sample: list[Hit], query: ArchiveQuery) -> int:
    """Matches beyond the counted ones, from how densely the sample fills its stretch of dates: the
    archive's dates (or the asked ones) hold matches at the sample's rate. Never below what was seen."""
    if not sample:
        return 0
    ordered = newest_first(sample)
    # The oldest twentieth is ignored: a story registered late with an old date would stretch the span.
    kept = ordered[: max(1, len(ordered) * 19 // 20)]
    first = kept[-1].published_at
    newest = Clipping.objects.order_by("-published_at").values_list("published_at", flat=True).first()
    oldest = Clipping.objects.order_by("published_at").values_list("published_at", flat=True).first()
    start = _moment(query.date_from, time.min) or oldest
    end = _moment(query.date_to, time.max) or newest
    sampled = (end - first).total_seconds() if end > first else 0
    whole = (end - start).total_seconds()
    if sampled <= 0 or whole <= sampled:
        return len(sample)
    guess = len(kept) * whole / sampled
    return int(round(guess, 2 - len(str(int(guess))))) if guess >= 100 else int(guess)


def _moment(day: date | None, at: time) -> datetime | None:
    return timezone.make_aware(datetime.combine(day, at)) if day else None


# What a row of the archive shows (the page, the API and the global search): the folded search text, the
# analyses and the sources' and outlets' other columns stay in the database.
ROW_FIELDS = (
    "title",
    "url",
    "medium",
    "published_at",
    "date_is_day",
    "tone",
    "tone_reasons",
    "relevance",
    "duplicate_of",
    "text_incomplete",
    "outlet_name",
    "summary",
    "body_text",
    "transcript",
    "ocr_text",
    "source__name",
    "source__outlet",
    "outlet__name",
)


def _page_rows(ids: list[int], query: str) -> list[tuple[Clipping, SafeString]]:
    by_id = Clipping.objects.select_related("source", "outlet").only(*ROW_FIELDS).in_bulk(ids)
    # Counted apart on the copies' own index: counted in the same query, SQLite grouped by every column read.
    copies = dict(
        Clipping.objects.filter(duplicate_of__in=ids)
        .order_by()
        .values_list("duplicate_of")
        .annotate(n=Count("pk"))
        .values_list("duplicate_of", "n")
    )
    rows = []
    for pk in ids:
        if clipping := by_id.get(pk):
            clipping.copy_count = copies.get(pk, 0)  # type: ignore[attr-defined]  # what the row shows
            rows.append((clipping, highlight(clipping.full_text or clipping.title, query)))
    return rows


def _facets(hits: list[Hit]) -> list[Facet]:
    from heraldo.directory.models import Entity, Person
    from heraldo.monitoring.models import Topic

    if not hits:
        return []
    tones = Counter(h.tone for h in hits)
    media = Counter(h.medium for h in hits)
    outlets = Counter(h.outlet_id for h in hits if h.outlet_id)
    ids = [h.id for h in hits]
    topics: Counter = Counter()
    people: Counter = Counter()
    for _topic_id, person_id, n in _mention_counts(ids):
        if person_id:
            people[person_id] += n
    topics.update(dict(_topic_counts(ids)))
    top_outlets = dict(outlets.most_common(FACET_VALUES))
    top_topics = dict(topics.most_common(FACET_VALUES))
    top_people = dict(people.most_common(FACET_VALUES))
    outlet_names = dict(Entity.objects.filter(pk__in=top_outlets).values_list("pk", "name"))
    topic_names = dict(Topic.objects.filter(pk__in=top_topics).values_list("pk", "name"))
    person_names = {p.pk: str(p) for p in Person.objects.filter(pk__in=top_people)}
    facets = [
        Facet("tone", _("Tono"), [FacetValue("tone", t, Tone(t).label, tones[t]) for t in Tone.values if tones[t]]),
        Facet(
            "medium",
            _("Tipo de medio"),
            [FacetValue("medium", m, Medium(m).label, media[m]) for m in Medium.values if media[m]],
        ),
        Facet(
            "outlet",
            _("Medio"),
            [FacetValue("outlet", str(k), outlet_names.get(k, "?"), n) for k, n in top_outlets.items()],
        ),
        Facet(
            "topic", _("Tema"), [FacetValue("topic", str(k), topic_names.get(k, "?"), n) for k, n in top_topics.items()]
        ),
        Facet(
            "person",
            _("Autoridad"),
            [FacetValue("person", str(k), person_names.get(k, "?"), n) for k, n in top_people.items()],
        ),
    ]
    return [f for f in facets if f.values]


def _ids_condition(column: str, ids: list[int]) -> tuple[str, object]:
    """`column` among `ids` as one parameter (an array, or a JSON list on SQLite) instead of one per id."""
    if connection.vendor == "postgresql":
        return f"{column} = ANY(%s)", ids
    return f"{column} IN (SELECT value FROM json_each(%s))", json.dumps(ids)  # noqa: S608  a fixed column name


def _topic_counts(ids: list[int]) -> list[tuple[int, int]]:
    """Clippings per assigned topic among `ids`."""
    in_ids, param = _ids_condition("ct.clipping_id", ids)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT ct.topic_id, COUNT(*) FROM {ClippingTopic._meta.db_table} ct "  # noqa: S608  fixed SQL
            f"WHERE {in_ids} AND ct.is_assigned GROUP BY ct.topic_id",
            [param],
        )
        return cursor.fetchall()


def _mention_counts(ids: list[int]) -> list[tuple[int | None, int | None, int]]:
    """Clippings per topic and per person among `ids` (each clipping once per topic or person)."""
    in_ids, param = _ids_condition("m.clipping_id", ids)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t.topic_id, t.person_id, COUNT(DISTINCT m.clipping_id) FROM monitoring_mention m "  # noqa: S608
            f"JOIN monitoring_watchterm t ON t.id = m.term_id WHERE {in_ids} "
            "AND t.person_id IS NOT NULL GROUP BY t.topic_id, t.person_id",
            [param],
        )
        return cursor.fetchall()


def highlight(text: str, query: str, *, width: int = 240) -> SafeString:
    """An escaped snippet around the first query word with every query word in <mark>."""
    words = parse_query(query).words if query else []
    folded = fold(text)
    if len(folded) != len(text):
        text = folded
    start = 0
    if words:
        positions = [m.start() for w in words for m in [re.search(rf"(?<!\w){re.escape(w)}", folded)] if m]
        if positions:
            start = max(0, min(positions) - width // 3)
    piece = text[start : start + width]
    piece_folded = folded[start : start + width]
    if not words:
        return mark_safe(escape(piece) + ("…" if len(text) > start + width else ""))  # noqa: S308  escaped above
    spans = sorted(
        {(m.start(), m.end()) for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}\w*", piece_folded)}
    )
    out, cursor = [], 0
    for s, e in spans:
        if s < cursor:
            continue
        out.append(escape(piece[cursor:s]))
        out.append(f"<mark>{escape(piece[s:e])}</mark>")
        cursor = e
    out.append(escape(piece[cursor:]))
    prefix = "…" if start else ""
    suffix = "…" if len(text) > start + width else ""
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308  every piece escaped above


def dashboard_counts(*, since: datetime) -> dict:
    """Originals since `since`, in all and by tone, in one pass over the date range of an index: grouped by tone,
    SQLite walked the whole tone index instead (every clipping ever) to avoid sorting a few dozen rows."""
    recent = Clipping.objects.filter(published_at__gte=since, duplicate_of__isnull=True).order_by()
    counts = recent.aggregate(total=Count("pk"), **{tone: Count("pk", filter=Q(tone=tone)) for tone in Tone.values})
    return {
        "tones": {tone: counts[tone] for tone in Tone.values},
        "total": counts["total"],
        "sources_failing": Source.objects.filter(is_active=True, health__in=["degraded", "failing"]).count(),
    }


# --- the alerts page: one line per story ----------------------------------------


@dataclass(frozen=True)
class AlertFilters:
    rule_id: int | None = None
    kind: str = ""
    seen: str = ""  # "" (all), "unseen" or "seen", for the reader
    since: date | None = None
    until: date | None = None


@dataclass
class AlertLine:
    """A story and every rule it matched (a surge is a story of its own), as one reader sees it."""

    clipping: Clipping | None
    surge: Alert | None
    alerts: list[Alert]
    latest: datetime
    seen: bool

    @property
    def headline(self) -> str:
        return self.alerts[0].headline

    @property
    def rules(self) -> list[AlertRule]:
        return [alert.rule for alert in self.alerts]

    @property
    def delivered(self) -> bool:
        return all(alert.delivered_at for alert in self.alerts)

    @property
    def alert_ids(self) -> list[int]:
        return [alert.pk for alert in self.alerts]


def _seen_by(user) -> Exists:
    return Exists(AlertSeen.objects.filter(alert_id=OuterRef("pk"), user_id=user.pk))


def alert_stories(user, filters: AlertFilters = AlertFilters()) -> QuerySet:
    """One row per story (clipping, or the surge alert itself as a negative key): latest alert, unseen alerts.

    The alerts page and the menu badge both count these rows, so they always agree.
    """
    alerts = Alert.objects.filter(withdrawn_at__isnull=True)
    if filters.rule_id:
        alerts = alerts.filter(rule_id=filters.rule_id)
    if filters.kind:
        alerts = alerts.filter(rule__kind=filters.kind)
    if filters.since:
        alerts = alerts.filter(created_at__gte=timezone.make_aware(datetime.combine(filters.since, time.min)))
    if filters.until:
        next_day = filters.until + timedelta(days=1)
        alerts = alerts.filter(created_at__lt=timezone.make_aware(datetime.combine(next_day, time.min)))
    stories = (
        alerts.annotate(story=Coalesce("clipping_id", -F("pk")))
        .order_by()
        .values("story")
        .annotate(latest=Max("created_at"), unseen=Count("pk", filter=~_seen_by(user)))
    )
    if filters.seen == "unseen":
        stories = stories.filter(unseen__gt=0)
    elif filters.seen == "seen":
        stories = stories.filter(unseen=0)
    return stories.order_by("-latest", "-story")


def alerts_unseen_count(user) -> int:
    """The badge: stories with an alert this person has not seen."""
    return alert_stories(user, AlertFilters(seen="unseen")).count()


def alert_lines(user, filters: AlertFilters, *, page_number, per_page: int = 20) -> Page:
    """A page of story lines: the grouped count and page, then one read of their alerts (no query per line)."""
    page = Paginator(alert_stories(user, filters), per_page).get_page(page_number)
    keys = [row["story"] for row in page.object_list]
    alerts = (
        Alert.objects.filter(withdrawn_at__isnull=True)
        .filter(Q(clipping_id__in=[key for key in keys if key > 0]) | Q(pk__in=[-key for key in keys if key < 0]))
        .select_related("rule", "clipping", "clipping__outlet")
        .annotate(seen=_seen_by(user))
        .order_by("rule__name", "pk")
    )
    by_story: dict[int, list[Alert]] = {}
    for alert in alerts:
        by_story.setdefault(alert.clipping_id or -alert.pk, []).append(alert)
    page.object_list = [
        AlertLine(
            clipping=group[0].clipping,
            surge=None if group[0].clipping_id else group[0],
            alerts=group,
            latest=max(alert.created_at for alert in group),
            seen=all(alert.seen for alert in group),  # type: ignore[attr-defined]  # annotated above
        )
        for key in keys
        if (group := by_story.get(key))
    ]
    return page


def dossiers_with_counts() -> QuerySet:
    """The clipping books, latest changed first, each with its number of clippings counted on the items' index
    for the rows shown only: loading their items, or grouping every item of every book, grows with the archive."""
    items = DossierItem.objects.filter(dossier=OuterRef("pk")).order_by().values("dossier").annotate(n=Count("pk"))
    return Dossier.objects.select_related("created_by").annotate(
        clipping_count=Coalesce(Subquery(items.values("n")), 0)
    )


POLL_NOW_JOB = "monitoring.source_poll"


def source_pending_poll(source: Source) -> Job | None:
    """The "Consultar ahora" of this source still waiting for a worker or running, if any."""
    return (
        Job.objects.filter(
            name=POLL_NOW_JOB, kwargs__source_id=source.pk, status__in=(Job.Status.QUEUED, Job.Status.RUNNING)
        )
        .order_by("-created_at")
        .first()
    )
