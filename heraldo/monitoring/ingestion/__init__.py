"""Ingestion, from a due source to stored clippings, as a pipeline read top to bottom.

    parse   bytes → items (feeds, section pages, article pages); no database
    dedupe  already in the archive? a copy of which recent story? (canonical URL, GUID, SimHash)
    analyse language, tone, mentions of the watch list, relevance
    store   one clipping with its mentions in one transaction; alert evaluation queued with it
    poll    the periodic step: claim due sources, fetch, then parse → dedupe → store

Each module imports only the stages above it, so data flows one way. Callers use the
entry points below; the stage modules stay importable for their specific tools
(`parse.extract_article` for a forwarded link, `dedupe.fingerprint` in tests).
"""

from heraldo.monitoring.ingestion.parse import Item
from heraldo.monitoring.ingestion.poll import (
    clipping_retry_completion,
    ingest_items,
    monitoring_complete_teasers,
    monitoring_poll_due_sources,
    source_poll,
)
from heraldo.monitoring.ingestion.store import clipping_reanalyse, clipping_store

__all__ = [
    "Item",
    "clipping_reanalyse",
    "clipping_retry_completion",
    "clipping_store",
    "ingest_items",
    "monitoring_complete_teasers",
    "monitoring_poll_due_sources",
    "source_poll",
]
