"""Reads of Monitoreo: the archive search (SQLite FTS5 or PostgreSQL full text) and dashboards."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from django.db import connection
from django.db.models import BooleanField, Count, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from heraldo.monitoring.matching import fast_fold
from heraldo.monitoring.models import Clipping, Source, Tone

_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclass
class ParsedQuery:
    include: list[list[str]]  # each entry a phrase (one or more words); joined by AND, OR groups flattened
    exclude: list[list[str]]
    any_of: bool

    @property
    def words(self) -> list[str]:
        return [w for phrase in self.include for w in phrase]


def parse_query(text: str) -> ParsedQuery:
    """Words, "quoted phrases", OR between terms and -word to exclude; accent- and case-insensitive."""
    include: list[list[str]] = []
    exclude: list[list[str]] = []
    any_of = False
    for minus, phrase, bare in _QUERY_TOKEN.findall(text[:300]):
        if bare and bare.upper() in ("OR", "O"):
            any_of = True
            continue
        if bare and bare.upper() in ("AND", "Y"):
            continue
        negative = bool(minus) or (bare.startswith("-") and len(bare) > 1)
        words = re.findall(r"\w+", fast_fold(phrase if phrase else bare))
        if not words:
            continue
        (exclude if negative else include).append(words)
    return ParsedQuery(include, exclude, any_of)


def _fts5_expression(parsed: ParsedQuery) -> str:
    def quoted(words):
        return '"' + " ".join(words) + '"'

    positive = (" OR " if parsed.any_of else " AND ").join(quoted(p) for p in parsed.include)
    if len(parsed.include) > 1 and parsed.any_of:
        positive = f"({positive})"
    for phrase in parsed.exclude:
        positive += f" NOT {quoted(phrase)}"
    return positive


def _postgres_expression(parsed: ParsedQuery) -> str:
    parts = [('"' + " ".join(p) + '"') if len(p) > 1 else p[0] for p in parsed.include]
    query = (" or " if parsed.any_of else " ").join(parts)
    for phrase in parsed.exclude:
        query += " -" + (('"' + " ".join(phrase) + '"') if len(phrase) > 1 else phrase[0])
    return query


def fulltext_filter(queryset: QuerySet, text: str) -> QuerySet:
    parsed = parse_query(text)
    if not parsed.include:
        return queryset.none() if parsed.exclude else queryset
    if connection.vendor == "sqlite":
        return queryset.filter(
            pk__in=RawSQL(
                "SELECT rowid FROM monitoring_clipping_fts WHERE monitoring_clipping_fts MATCH %s",
                [_fts5_expression(parsed)],
            )
        )
    if connection.vendor == "postgresql":
        # The same expression as the GIN index of migration 0002, so the planner can use it.
        match = RawSQL(
            "to_tsvector('spanish'::regconfig, COALESCE(monitoring_clipping.search_text, '')) "
            "@@ websearch_to_tsquery('spanish'::regconfig, %s)",
            [_postgres_expression(parsed)],
            output_field=BooleanField(),
        )
        return queryset.annotate(text_match=match).filter(text_match=True)
    condition = Q()
    for phrase in parsed.include:
        term = Q(search_text__contains=" ".join(phrase))
        condition = (condition | term) if parsed.any_of and condition else (condition & term)
    return queryset.filter(condition)


def clipping_search(
    *,
    query: str = "",
    source: Source | None = None,
    tone: str = "",
    topic=None,
    person=None,
    outlet=None,
    date_from: date | None = None,
    date_to: date | None = None,
    include_copies: bool = False,
) -> QuerySet[Clipping]:
    clippings = Clipping.objects.select_related("source", "outlet")
    if not include_copies:
        clippings = clippings.filter(duplicate_of__isnull=True)
    if source is not None:
        clippings = clippings.filter(source=source)
    if outlet is not None:
        clippings = clippings.filter(outlet=outlet)
    if tone:
        clippings = clippings.filter(tone=tone)
    if topic is not None:
        clippings = clippings.filter(pk__in=Clipping.objects.filter(mentions__term__topic=topic).values("pk"))
    if person is not None:
        clippings = clippings.filter(pk__in=Clipping.objects.filter(mentions__term__person=person).values("pk"))
    if date_from:
        clippings = clippings.filter(published_at__gte=timezone.make_aware(datetime.combine(date_from, time.min)))
    if date_to:
        clippings = clippings.filter(published_at__lte=timezone.make_aware(datetime.combine(date_to, time.max)))
    if query.strip():
        clippings = fulltext_filter(clippings, query)
    return clippings.annotate(copy_count=Count("copies")).order_by("-published_at", "-pk")


def tone_facets(queryset: QuerySet[Clipping]) -> dict[str, int]:
    counts = dict(queryset.order_by().values_list("tone").annotate(n=Count("pk")).values_list("tone", "n"))
    return {tone: counts.get(tone, 0) for tone in Tone.values}


def highlight(text: str, query: str, *, width: int = 240) -> SafeString:
    """An escaped snippet around the first query word with every query word in <mark>."""
    words = parse_query(query).words if query else []
    folded = fast_fold(text)
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
    recent = Clipping.objects.filter(published_at__gte=since, duplicate_of__isnull=True)
    return {
        "tones": tone_facets(recent),
        "total": recent.count(),
        "sources_failing": Source.objects.filter(is_active=True, health__in=["degraded", "failing"]).count(),
    }
