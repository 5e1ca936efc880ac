"""Store: one clipping, its derived fields and its mentions, saved in one transaction; alerts follow in a job.

Idempotent by construction: a clipping is unique per canonical URL and per (source, GUID)
in the database, so re-polling, retries and a worker killed in the middle never store a
story twice. Alert rules are evaluated by the `monitoring.alerts_evaluate` job, handed to
the queue once the clipping commits: storing never waits on a rule, a mail server or a
messaging gateway. One clipping queues its job in its own transaction; a poll queues one
job for all it stored (a job per story cost more than analysing it: the queue commits each).

A poll analyses its stories outside any transaction (`clipping_prepare`) and saves them in
batches (`clippings_store`): one commit for a batch instead of one per story, and the write
lock held only while rows are written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue
from heraldo.core.stamps import raise_stamps
from heraldo.monitoring.ingestion.analyse import analyse
from heraldo.monitoring.ingestion.dedupe import NearDuplicateIndex, normalise, stored_clipping
from heraldo.monitoring.matching import Matcher
from heraldo.monitoring.models import Clipping, Medium, Mention, Source
from heraldo.monitoring.models.clippings import CLIPPINGS_STAMP
from heraldo.monitoring.services.topics import clipping_topics_save
from heraldo.monitoring.services.watchlist import current_matcher
from heraldo.monitoring.tone import ToneModel, current_model
from heraldo.monitoring.urlnorm import canonical_url


@dataclass
class StoreContext:
    """What storing needs from the database, read once for a whole poll rather than once per story."""

    matcher: Matcher
    tone_model: ToneModel
    duplicates: NearDuplicateIndex

    @classmethod
    def load(cls, *, oldest: datetime | None = None) -> StoreContext:
        return cls(
            matcher=current_matcher(),
            tone_model=current_model(),
            duplicates=NearDuplicateIndex.covering(oldest or timezone.now()),
        )


@dataclass
class Prepared:
    """A new clipping with everything its text decides, not saved yet, and its unsaved mentions."""

    clipping: Clipping
    mentions: list[Mention]


def clipping_prepare(
    *,
    title: str,
    published_at: datetime | None,
    context: StoreContext,
    source: Source | None = None,
    outlet=None,
    medium: str = Medium.WEB,
    url: str = "",
    guid: str = "",
    body_text: str = "",
    summary: str = "",
    author: str = "",
    actor=None,
    **extra,
) -> Prepared:
    """A clipping built and analysed (copies, tone, mentions) against `context`, which must cover its date."""
    published_at = publication_moment(published_at)
    clipping = Clipping(
        source=source,
        # An outlet named by an aggregator's item but unknown to the Registro is not the aggregator's.
        outlet=outlet if outlet is not None or extra.get("outlet_name") else (source.outlet if source else None),
        medium=medium,
        title=" ".join((title or "").split())[:500] or _("(sin titular)"),
        url=url[:1000],
        canonical_url=canonical_url(url),
        guid=(guid or "")[:500],
        published_at=published_at,
        body_text=body_text,
        summary=summary,
        author=author[:200],
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        **extra,
    )
    return Prepared(clipping, _derive(clipping, context))


def clipping_store(
    *,
    title: str,
    published_at: datetime | None,
    source: Source | None = None,
    url: str = "",
    guid: str = "",
    actor=None,
    context: StoreContext | None = None,
    queue_alerts: bool = True,
    **fields,
) -> tuple[Clipping, bool]:
    """Store one clipping with its mentions and tone; returns (clipping, created). Idempotent.

    `queue_alerts=False` when the caller queues the alert evaluation of its whole batch with
    `alerts_queue`. (A poll stores its stories with `clipping_prepare` and `clippings_store`.)
    """
    existing = stored_clipping(source, canonical_url(url), (guid or "")[:500])
    if existing is not None:
        return existing, False
    published_at = publication_moment(published_at)
    if context is None or not context.duplicates.covers(published_at):
        context = StoreContext.load(oldest=published_at)
    prepared = clipping_prepare(
        title=title,
        published_at=published_at,
        source=source,
        url=url,
        guid=guid,
        actor=actor,
        context=context,
        **fields,
    )
    theirs = _save_unless_stored(prepared, context, actor=actor, queue_alerts=queue_alerts)
    return (prepared.clipping, True) if theirs is None else (theirs, False)


def publication_moment(published_at: datetime | None) -> datetime:
    """When a story counts as published: its date, never later than now (a date in the future is a feed's error)."""
    now = timezone.now()
    return min(published_at or now, now)


def clippings_store(batch: list[Prepared], context: StoreContext) -> list[int]:
    """Store a poll's prepared clippings in one short transaction; returns the ids of those stored.

    Analysis ran before, outside any transaction: the write lock (SQLite's is one for every worker and page) is held
    only for the inserts, and one commit serves the batch. When a concurrent poll stored one of them first, the batch
    is stored again one clipping at a time, and theirs is kept.
    """
    if not batch:
        return []
    try:
        with transaction.atomic():
            # One INSERT for the batch; bulk_create sends no signal, so the stamp saving would raise is raised here.
            Clipping.objects.bulk_create([prepared.clipping for prepared in batch])
            raise_stamps(CLIPPINGS_STAMP)
            _save_mentions(batch)
            for prepared in batch:
                clipping_topics_save(prepared.clipping, prepared.mentions, context.matcher, new=True)
    except IntegrityError:
        for prepared in batch:  # what the rolled-back transaction gave them is not in the database
            prepared.clipping.pk = None
            prepared.clipping._state.adding = True
            for mention in prepared.mentions:
                mention.pk = None
        stored = []
        for prepared in batch:
            if _save_unless_stored(prepared, context, actor=None, queue_alerts=False) is None:
                stored.append(prepared.clipping.pk)
        return stored
    for prepared in batch:
        context.duplicates.add(prepared.clipping)
    return [prepared.clipping.pk for prepared in batch]


def _save_unless_stored(prepared: Prepared, context: StoreContext, *, actor, queue_alerts: bool) -> Clipping | None:
    """Save one prepared clipping in its own transaction, unless a concurrent poll stored it first: then that row is
    returned, else None."""
    clipping = prepared.clipping
    try:
        with transaction.atomic():
            clipping.save()
            _save_mentions([prepared])
            clipping_topics_save(clipping, prepared.mentions, context.matcher, new=True)
            if actor is not None:
                audit_record(actor=actor, action="monitoring.clipping.created", target=clipping)
            if queue_alerts:
                alerts_queue([clipping.pk])
    except IntegrityError:
        # A concurrent poll stored it first: theirs is the one.
        existing = stored_clipping(clipping.source, clipping.canonical_url, clipping.guid)
        if existing is None:
            raise
        return existing
    context.duplicates.add(clipping)
    return None


def clipping_reanalyse(clipping: Clipping) -> Clipping:
    """Derive everything again after the text grew (a scan read): search index, tone, mentions, alerts.

    A copy stays under its original. A story that is not one may now be found to copy another: stored as a teaser, it
    could not be recognised, nor could a copy arriving meanwhile recognise it. Its copies then follow it.
    """
    context = StoreContext.load(oldest=clipping.published_at)
    mentions = _derive(clipping, context, group_copies=False)
    if clipping.duplicate_of_id is None and clipping.pk is not None:
        clipping.duplicate_of = context.duplicates.original_of(clipping, excluding=clipping.pk)
    with transaction.atomic():
        clipping.save()
        if clipping.duplicate_of_id is not None:
            Clipping.objects.filter(duplicate_of=clipping).update(duplicate_of=clipping.duplicate_of_id)
        clipping.mentions.all().delete()
        _save_mentions([Prepared(clipping, mentions)])
        clipping_topics_save(clipping, mentions, context.matcher)
        alerts_queue([clipping.pk])
    return clipping


def alerts_queue(clipping_ids: list[int]) -> None:
    """Have the alert rules evaluated for these stored clippings, in a job sent once the caller's work commits."""
    if clipping_ids:
        enqueue("monitoring.alerts_evaluate", clipping_ids=clipping_ids)


def _derive(clipping: Clipping, context: StoreContext, *, group_copies: bool = True) -> list[Mention]:
    """Everything a clipping's text decides (index text, copies, tone, relevance); returns its unsaved mentions."""
    normalise(clipping)
    if group_copies:
        clipping.duplicate_of = context.duplicates.original_of(clipping)
    return analyse(clipping, matcher=context.matcher, tone_model=context.tone_model)


def _save_mentions(batch: list[Prepared]) -> None:
    """The mentions of saved clippings, in the same transaction: bulk_create sends no signal, but saving the
    clippings raised CLIPPINGS_STAMP (heraldo.monitoring.integrations), which Hoy's press panel follows."""
    mentions = []
    for prepared in batch:
        for mention in prepared.mentions:
            mention.clipping = prepared.clipping
            mentions.append(mention)
    Mention.objects.bulk_create(mentions)
