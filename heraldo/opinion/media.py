"""Media signals: what Monitoreo stored about the municipality becomes signals of Opinión pública.

One signal per original story (copies are the same story), with its tone, the topic Monitoreo decided for it,
and the sector its text names. Re-run over a window, it updates what changed (a tone corrected by an analyst, a
topic added) and adds nothing twice."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from heraldo.monitoring.models import Clipping, ClippingTopic, TermKind
from heraldo.opinion.models import Sector, Signal
from heraldo.opinion.sectors import sector_named_in
from heraldo.opinion.services import signal_days_refresh_later

# Kinds of watch-list hit that make a story about the municipality (a topic word alone does not).
_ABOUT_US = (TermKind.MUNICIPALITY, TermKind.MAYOR, TermKind.AUTHORITY)
BATCH = 500


def media_signals_sync(*, since: date | None = None) -> int:
    """Create or update the signals of stories published since `since` (default: the last three days)."""
    since = since or timezone.localdate() - timedelta(days=3)
    clipping_type = ContentType.objects.get_for_model(Clipping)
    sectors = list(Sector.objects.filter(is_active=True))
    stories = (
        Clipping.objects.filter(published_at__date__gte=since, duplicate_of__isnull=True)
        .filter(mentions__term__kind__in=_ABOUT_US, mentions__is_aside=False)
        .distinct()
        .only("pk", "title", "summary", "body_text", "tone", "published_at")
        .order_by("pk")
    )
    changed_days: set[date] = set()
    touched = 0
    for start in range(0, stories.count(), BATCH):
        batch = list(stories[start : start + BATCH])
        topics = _main_topics([c.pk for c in batch])
        existing = {
            s.evidence_id: s
            for s in Signal.objects.filter(evidence_type=clipping_type, evidence_id__in=[c.pk for c in batch])
        }
        with transaction.atomic():
            for clipping in batch:
                day = timezone.localdate(clipping.published_at)
                wanted = {
                    "occurred_on": day,
                    "topic_id": topics.get(clipping.pk),
                    "sector_id": getattr(
                        sector_named_in(f"{clipping.title} {clipping.summary} {clipping.body_text}", sectors),
                        "pk",
                        None,
                    ),
                    "tone": clipping.tone,
                    "summary": clipping.title[:300],
                }
                signal = existing.get(clipping.pk)
                if signal is not None and signal.corrected_at is not None:
                    # The analyst's topic and sector stand; the story's tone and date still follow Monitoreo.
                    wanted["topic_id"], wanted["sector_id"] = signal.topic_id, signal.sector_id
                if signal is None:
                    Signal.objects.create(
                        origin=Signal.Origin.MEDIA, evidence_type=clipping_type, evidence_id=clipping.pk, **wanted
                    )
                elif any(getattr(signal, name) != value for name, value in wanted.items()):
                    changed_days.add(signal.occurred_on)
                    for name, value in wanted.items():
                        setattr(signal, name, value)
                    signal.save(update_fields=[*wanted])
                else:
                    continue
                changed_days.add(day)
                touched += 1
            signal_days_refresh_later(changed_days)
        changed_days = set()
    return touched


def _text_of(clipping: Clipping) -> str:
    return f"{clipping.title} {clipping.summary} {clipping.body_text}"


def _main_topics(clipping_ids: list[int]) -> dict[int, int]:
    """Each story's topic as Monitoreo decided it (by its evidence or an analyst): the best-scored one."""
    decided = (
        ClippingTopic.objects.filter(clipping_id__in=clipping_ids, is_assigned=True)
        .order_by("clipping_id", "-score", "topic_id")
        .values_list("clipping_id", "topic_id")
    )
    topics: dict[int, int] = {}
    for clipping_id, topic_id in decided:
        topics.setdefault(clipping_id, topic_id)
    return topics
