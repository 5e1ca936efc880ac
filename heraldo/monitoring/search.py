"""The press archive's full-text search, declared once for SQLite (FTS5) and PostgreSQL (`spanish` tsvector).

Everything the archive page shows comes from three questions asked of an engine:

- `newest(limit)`: the newest matches, exactly, newest first (at most `limit`);
- `candidates()`: up to CANDIDATES matches, the most recently archived first, with the short columns that
  facets and counts need; fewer than CANDIDATES means these are all the matches;
- `scored(...)`: a relevance score for a bounded set of matches.

Why bounded: over 1M clippings, ranking every match of a common word took 0.65 s (FTS5 bm25) and 2.3 s
(ts_rank). The archive ranks the newest RANKED matches plus the newest HEADLINE_MATCHES clippings with the
words in their headline from any year, and says so on the page whenever that is not every match.
docs/monitoring.md explains the strategy and the figures of bench/monitoring_archive.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from django.db import connection
from django.utils import timezone

from heraldo.core.text import fold

# Counts are exact up to this many matches, an estimate above; pages go this deep.
CANDIDATES = 10_000
# Facets are counted over the most recent this-many matches (all of them when there are fewer).
SAMPLE = 2_000
# Relevance is computed over the newest this-many matches (every match when there are fewer) ...
RANKED = 10_000
# ... plus this many clippings whose headline has the words, from any year.
HEADLINE_MATCHES = 500

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
        words = re.findall(r"\w+", fold(phrase if phrase else bare))
        if not words:
            continue
        (exclude if negative else include).append(words)
    return ParsedQuery(include, exclude, any_of)


def fts5_expression(parsed: ParsedQuery) -> str:
    def quoted(words):
        return '"' + " ".join(words) + '"'

    positive = (" OR " if parsed.any_of else " AND ").join(quoted(p) for p in parsed.include)
    if len(parsed.include) > 1 and parsed.any_of:
        positive = f"({positive})"
    for phrase in parsed.exclude:
        positive += f" NOT {quoted(phrase)}"
    return positive


def postgres_expression(parsed: ParsedQuery) -> str:
    parts = [('"' + " ".join(p) + '"') if len(p) > 1 else p[0] for p in parsed.include]
    query = (" or " if parsed.any_of else " ").join(parts)
    for phrase in parsed.exclude:
        query += " -" + (('"' + " ".join(phrase) + '"') if len(phrase) > 1 else phrase[0])
    return query


@dataclass(frozen=True)
class Hit:
    """One matching clipping as the archive's scans see it: the short columns only."""

    id: int
    published_at: datetime
    tone: str
    medium: str
    outlet_id: int | None
    source_id: int | None


@dataclass(frozen=True)
class Filters:
    source_id: int | None = None
    outlet_id: int | None = None
    medium: str = ""
    tone: str = ""
    topic_id: int | None = None
    person_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_copies: bool = False
    incomplete: bool = False

    def where(self) -> tuple[list[str], list]:
        """SQL conditions on the clipping aliased `c`, the same text on both engines."""
        clauses, params = [], []
        if not self.include_copies:
            clauses.append("c.duplicate_of_id IS NULL")
        if self.incomplete:
            # Written as the partial index monitoring_clip_incomplete's condition, so both engines can use it.
            clauses.append("c.text_incomplete")
        for column, value in (("source_id", self.source_id), ("outlet_id", self.outlet_id)):
            if value is not None:
                clauses.append(f"c.{column} = %s")
                params.append(value)
        for column, value in (("medium", self.medium), ("tone", self.tone)):
            if value:
                clauses.append(f"c.{column} = %s")
                params.append(value)
        if self.topic_id is not None:
            # The topics decided from evidence (or by an analyst), not any keyword anywhere.
            clauses.append(
                "EXISTS (SELECT 1 FROM monitoring_clippingtopic ct WHERE ct.clipping_id = c.id "
                "AND ct.topic_id = %s AND ct.is_assigned)"
            )
            params.append(self.topic_id)
        if self.person_id is not None:
            clauses.append(
                "EXISTS (SELECT 1 FROM monitoring_mention m JOIN monitoring_watchterm t ON t.id = m.term_id "
                "WHERE m.clipping_id = c.id AND t.person_id = %s)"
            )
            params.append(self.person_id)
        if self.date_from:
            clauses.append("c.published_at >= %s")
            params.append(_db_moment(datetime.combine(self.date_from, time.min)))
        if self.date_to:
            clauses.append("c.published_at <= %s")
            params.append(_db_moment(datetime.combine(self.date_to, time.max)))
        return clauses, params


def _db_moment(naive: datetime):
    return connection.ops.adapt_datetimefield_value(timezone.make_aware(naive))


_HIT_COLUMNS = "c.id, c.published_at, c.tone, c.medium, c.outlet_id, c.source_id"


def _hits(sql: str, params: list) -> list[Hit]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [_hit(row) for row in cursor.fetchall()]


def _hit(row) -> Hit:
    moment = row[1]
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=UTC)
    return Hit(row[0], moment, row[2], row[3], row[4], row[5])


def _and(clauses: list[str]) -> str:
    return "".join(f" AND {clause}" for clause in clauses)


def newest_first(hits: list[Hit]) -> list[Hit]:
    return sorted(hits, key=lambda h: (h.published_at, h.id), reverse=True)


class Engine:
    """The engine of the running database; one instance per search. Without words it browses the dates."""

    # Whether count() counted the matches (up to CANDIDATES + 1) rather than guessed from statistics.
    counts_exactly = True

    def __init__(self, parsed: ParsedQuery | None, filters: Filters) -> None:
        self.parsed = parsed
        self.filters = filters
        self.where, self.params = filters.where()

    def browse(self, limit: int) -> list[Hit]:
        """Newest first without words: the date index, read in order."""
        where = " AND ".join(self.where) or "1 = 1"
        # The incomplete ones are few: their partial index finds them, then they are sorted.
        hint = (
            " INDEXED BY monitoring_clip_archive_newest"
            if connection.vendor == "sqlite" and not self.filters.incomplete
            else ""
        )
        return _hits(
            f"SELECT {_HIT_COLUMNS} FROM monitoring_clipping c{hint} WHERE {where} "  # noqa: S608  fixed SQL
            "ORDER BY c.published_at DESC, c.id DESC LIMIT %s",
            [*self.params, limit],
        )

    def count(self) -> int:
        """How many match, counted up to CANDIDATES + 1 (that means "more than CANDIDATES")."""
        where = " AND ".join(self.where) or "1 = 1"
        return self._one(
            f"SELECT count(*) FROM (SELECT 1 FROM monitoring_clipping c WHERE {where} LIMIT %s) s",  # noqa: S608
            [*self.params, CANDIDATES + 1],
        )[0]

    @staticmethod
    def _one(sql: str, params: list):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()

    @staticmethod
    def _all(sql: str, params: list) -> list:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def exact_count(self) -> int:
        """Like count(), even where the engine would rather estimate."""
        return self.count()

    def sample(self) -> tuple[list[Hit], bool]:
        """Up to SAMPLE matches for facets and the first pages, the most recent first, and whether they
        are all of them."""
        raise NotImplementedError

    def newest(self, limit: int, sample: list[Hit], complete: bool) -> list[Hit]:
        """The newest `limit` matches, exactly."""
        raise NotImplementedError

    def ranked(self) -> tuple[list[tuple[int, float]], list[tuple[int, float]], bool]:
        """Relevance: (headline matches with their headline score, the ranked set's matches with their
        text score, whether the ranked set holds every match). Scores: higher is better."""
        raise NotImplementedError


class SqliteEngine(Engine):
    def __init__(self, parsed, filters) -> None:
        super().__init__(parsed, filters)
        self.match = fts5_expression(parsed)

    def _matching(self, columns: str, limit: int) -> str:
        """Matches newest archived first: FTS5 streams them by rowid; the narrow index has the filter columns.
        Only fixed column names and placeholders are put together here; values go as parameters."""
        return (
            f"SELECT {columns} FROM monitoring_clipping_fts f "  # noqa: S608
            "JOIN monitoring_clipping c INDEXED BY monitoring_clip_archive_id ON c.id = f.rowid "
            f"WHERE monitoring_clipping_fts MATCH %s{_and(self.where)} ORDER BY f.rowid DESC LIMIT {int(limit)}"
        )

    def count(self) -> int:
        return self._one(
            f"SELECT count(*) FROM ({self._matching('f.rowid', CANDIDATES + 1)})",  # noqa: S608
            [self.match, *self.params],
        )[0]

    def sample(self) -> tuple[list[Hit], bool]:
        hits = _hits(self._matching(_HIT_COLUMNS, SAMPLE + 1), [self.match, *self.params])
        return hits[:SAMPLE], len(hits) <= SAMPLE

    def newest(self, limit: int, sample: list[Hit], complete: bool) -> list[Hit]:
        candidates = sample
        if not complete and limit > len(sample):
            candidates = _hits(self._matching(_HIT_COLUMNS, CANDIDATES), [self.match, *self.params])
            complete = len(candidates) < CANDIDATES
        ordered = newest_first(candidates)
        if complete or limit > len(ordered):
            return ordered[:limit]
        # The candidates are the most recently archived matches. A clipping archived earlier but dated
        # later than the limit-th candidate would belong on the page: look for it among the few rows
        # dated after that one (stories are archived after they are published, so this finds none in
        # practice, but the order stays exact if a date was entered wrong).
        boundary = ordered[limit - 1]
        oldest_id = min(h.id for h in candidates)
        late = _hits(
            f"SELECT {_HIT_COLUMNS} FROM monitoring_clipping c INDEXED BY monitoring_clip_archive_newest "  # noqa: S608
            f"WHERE c.published_at >= %s AND c.id < %s{_and(self.where)} AND EXISTS (SELECT 1 FROM "
            "monitoring_clipping_fts WHERE monitoring_clipping_fts MATCH %s AND rowid = c.id)",
            [connection.ops.adapt_datetimefield_value(boundary.published_at), oldest_id, *self.params, self.match],
        )
        return newest_first(ordered[:limit] + late)[:limit]

    def ranked(self) -> tuple[list[tuple[int, float]], list[tuple[int, float]], bool]:
        row = self._one(
            "SELECT rowid FROM monitoring_clipping_fts WHERE monitoring_clipping_fts MATCH %s "
            "ORDER BY rowid DESC LIMIT 1 OFFSET %s",
            [self.match, RANKED],
        )
        lowest = row[0] + 1 if row else 0
        # bm25 is negative, lower is better: flipped. Its document frequencies are the whole archive's.
        headline = self._all(
            "SELECT c.id, -bm25(monitoring_clipping_title_fts) FROM monitoring_clipping_title_fts t "  # noqa: S608
            "JOIN monitoring_clipping c INDEXED BY monitoring_clip_archive_id ON c.id = t.rowid "
            f"WHERE monitoring_clipping_title_fts MATCH %s{_and(self.where)} ORDER BY t.rowid DESC LIMIT %s",
            [self.match, *self.params, HEADLINE_MATCHES],
        )
        text = self._all(
            "SELECT c.id, -bm25(monitoring_clipping_fts) FROM monitoring_clipping_fts f "  # noqa: S608
            "JOIN monitoring_clipping c INDEXED BY monitoring_clip_archive_id ON c.id = f.rowid "
            f"WHERE monitoring_clipping_fts MATCH %s AND f.rowid >= %s{_and(self.where)}",
            [self.match, lowest, *self.params],
        )
        return headline, text, lowest == 0


_PG_QUERY = "websearch_to_tsquery('spanish'::regconfig, %s)"
_PG_MATCH = f"c.search_vector @@ {_PG_QUERY}"
_PG_HEADLINE = "to_tsvector('spanish'::regconfig, split_part(COALESCE(c.search_text, ''), E'\\n', 1))"
# Where at least this share of the archive may match, walking the date index and testing each row finds
# the newest matches fastest; below it the GIN index is read first, within a window of recent dates.
PG_WALK_SHARE = 0.10
# PostgreSQL reads each tested row's tsvector from TOAST (~8 µs, ~30 µs to check a phrase's positions),
# so it ranks and counts facets over smaller sets than SQLite.
PG_SAMPLE = 250
PG_RANKED = 800
PG_HEADLINE_MATCHES = 200


class PostgresEngine(Engine):
    # Above CANDIDATES by the planner's statistics, count() answers "many" without counting.
    counts_exactly = False

    def __init__(self, parsed, filters) -> None:
        super().__init__(parsed, filters)
        self.query = postgres_expression(parsed)
        self._bound: float | None = None
        self._archive: tuple[datetime, datetime, float] | None = None
        self._rare_together: bool | None = None
        self._together: dict[str, list] = {}

    def _planned_rows(self, query: str) -> float:
        row = self._one(
            f"EXPLAIN (FORMAT JSON) SELECT 1 FROM monitoring_clipping c WHERE {_PG_MATCH}{_and(self.where)}",  # noqa: S608
            [query, *self.params],
        )
        plan = json.loads(row[0]) if isinstance(row[0], str) else row[0]
        return float(plan[0]["Plan"]["Plan Rows"])

    def upper_bound(self) -> float:
        """At most how many should match, from the planner's statistics word by word: every word of a
        phrase must be there, so the rarest word bounds it (the planner multiplies the words' shares,
        which is far too low for names whose words come together)."""
        if self._bound is None:
            bounds = [min(self._planned_rows(word) for word in phrase) for phrase in self.parsed.include]
            self._bound = sum(bounds) if self.parsed.any_of else min(bounds)
        return self._bound

    def _rarely_together(self) -> bool:
        """Common words that seldom meet ("serenazgo parque municipalidad"): walking the dates would test
        hundreds of thousands of rows, while the GIN index intersects the words' lists at once. Phrases are
        left out: for a name the planner multiplies its words' shares and guesses far too few."""
        if self._rare_together is None:
            self._rare_together = (
                len(self.parsed.include) > 1
                and not self.parsed.any_of
                and all(len(phrase) == 1 for phrase in self.parsed.include)
                and self._planned_rows(self.query) * 2 < CANDIDATES
            )
        return self._rare_together

    def _all_together(self, extra: str = "") -> list | None:
        """Every match read through the GIN index, when there are at most CANDIDATES of them; else None."""
        if not self._rarely_together():
            return None
        for columns in dict.fromkeys(["", extra]):  # the plain read first: it says whether there are few
            if columns not in self._together:
                self._together[columns] = self._matches(limit=CANDIDATES + 1, since=None, walk=False, extra=columns)
            if len(self._together[columns]) > CANDIDATES:
                return None
        return self._together[extra]

    def _archive_span(self) -> tuple[datetime | None, datetime | None, float]:
        if self._archive is None:
            row = self._one(
                "SELECT (SELECT max(published_at) FROM monitoring_clipping), "
                "(SELECT min(published_at) FROM monitoring_clipping), "
                "(SELECT reltuples FROM pg_class WHERE relname = 'monitoring_clipping')",
                [],
            )
            self._archive = (row[0], row[1], max(float(row[2] or 0), 1.0))
        return self._archive

    def _matches(
        self, *, limit: int, since: datetime | None, walk: bool, extra: str = "", before: datetime | None = None
    ) -> list:
        bound = (" AND c.published_at >= %s" if since is not None else "") + (
            " AND c.published_at < %s" if before is not None else ""
        )
        params = [
            *([self.query] if extra else []),
            self.query,
            *self.params,
            *([since] if since is not None else []),
            *([before] if before is not None else []),
        ]
        select = f"SELECT {_HIT_COLUMNS}{extra} FROM monitoring_clipping c WHERE {_PG_MATCH}{_and(self.where)}{bound}"  # noqa: S608
        if walk:
            return self._all(f"{select} ORDER BY c.published_at DESC, c.id DESC LIMIT %s", [*params, limit])
        # MATERIALIZED keeps the planner from walking the date index testing every row: for a rare word it
        # was seen taking 0.75–7 s for what the GIN index answers in milliseconds.
        return self._all(f"WITH m AS MATERIALIZED ({select} LIMIT %s) SELECT * FROM m", [*params, limit])  # noqa: S608

    def _newest_matches(self, need: int, extra: str = "") -> tuple[list, bool]:
        """The `need` newest matches (newest first), and whether they are all the matches."""
        newest, oldest, rows = self._archive_span()
        if newest is None:
            return [], True
        together = self._all_together(extra)
        if together is not None:
            found = sorted(together, key=lambda r: (r[1], r[0]), reverse=True)
            if extra:  # ranking: every match is already in hand, so all of them are ranked
                return found, True
            return found[:need], len(found) <= need
        if self.upper_bound() / rows >= PG_WALK_SHARE:
            found = self._matches(limit=need, since=None, walk=True, extra=extra)
            return found, len(found) < need
        # Read the GIN index within a window of recent dates, widened until it holds `need` matches.
        # The bound is the rarest word's count: exact for one word, too high for a phrase or several words
        # (a name's words also appear apart), so those start wider rather than pay for a second read.
        single_word = len(self.parsed.include) == 1 and len(self.parsed.include[0]) == 1
        share = min(1.0, need * (1.5 if single_word else 3.0) / max(self.upper_bound(), 1.0))
        found: list = []
        before = None  # a widened window reads only the band of dates the narrower one did not
        while True:
            since = None if share >= 1.0 else newest - (newest - oldest) * share
            found += self._matches(
                limit=CANDIDATES + 1 - len(found), since=since, walk=False, extra=extra, before=before
            )
            if len(found) > CANDIDATES:  # a window too wide: walk the dates instead
                found = self._matches(limit=need, since=None, walk=True, extra=extra)
                return found, len(found) < need
            if since is None or len(found) >= need:
                found = sorted(found, key=lambda r: (r[1], r[0]), reverse=True)
                return found[:need], since is None and len(found) <= need
            before = since
            share = min(1.0, max(share * 4, need * 1.5 / max(len(found), 1) * share))

    def count(self) -> int:
        if self.upper_bound() > CANDIDATES:
            together = self._all_together()
            return len(together) if together is not None else CANDIDATES + 1
        return self.exact_count()

    def exact_count(self) -> int:
        return self._one(
            f"WITH m AS MATERIALIZED (SELECT c.id FROM monitoring_clipping c WHERE {_PG_MATCH}"  # noqa: S608
            f"{_and(self.where)} LIMIT %s) SELECT count(*) FROM m",
            [self.query, *self.params, CANDIDATES + 1],
        )[0]

    def sample(self) -> tuple[list[Hit], bool]:
        rows, complete = self._newest_matches(PG_SAMPLE)
        return [_hit(r) for r in rows], complete

    def newest(self, limit: int, sample: list[Hit], complete: bool) -> list[Hit]:
        if complete or limit <= len(sample):
            return sample[:limit]
        return [_hit(r) for r in self._newest_matches(limit)[0]]

    def ranked(self) -> tuple[list[tuple[int, float]], list[tuple[int, float]], bool]:
        headline = self._all(
            f"SELECT c.id, ts_rank({_PG_HEADLINE}, {_PG_QUERY}) FROM monitoring_clipping c "  # noqa: S608
            f"WHERE {_PG_HEADLINE} @@ {_PG_QUERY}{_and(self.where)} ORDER BY c.published_at DESC LIMIT %s",
            [self.query, self.query, *self.params, PG_HEADLINE_MATCHES],
        )
        rows, complete = self._newest_matches(PG_RANKED, f", ts_rank(c.search_vector, {_PG_QUERY})")
        return headline, [(r[0], r[6]) for r in rows], complete


def engine_for(parsed: ParsedQuery | None, filters: Filters) -> Engine:
    if parsed is None:
        return Engine(None, filters)
    if connection.vendor == "sqlite":
        return SqliteEngine(parsed, filters)
    if connection.vendor == "postgresql":
        return PostgresEngine(parsed, filters)
    raise NotImplementedError(f"Archive search supports SQLite and PostgreSQL, not {connection.vendor}")
