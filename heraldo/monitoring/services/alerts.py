"""Alerts to the Mayor and the Municipal Manager: rules, surges, preferences and delivery per channel.

An alert is unique per rule and clipping (or per surge episode). Each recipient gets
it once per channel they want: a delivery row is created once, claimed before
sending and released on failure, so it is sent once and retried until it is.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import defaultdict
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.models import User
from heraldo.monitoring.channels import configured_channels
from heraldo.monitoring.models import (
    Alert,
    AlertChannel,
    AlertDelivery,
    AlertKind,
    AlertMode,
    AlertPreference,
    AlertRule,
    AlertTarget,
    AlertTone,
    Clipping,
    DeliveryMode,
    Mention,
    TermKind,
    Tone,
)
from heraldo.monitoring.selectors import ParsedQuery, parse_query

log = logging.getLogger(__name__)

TARGET_KINDS = {
    AlertTarget.MAYOR: {TermKind.MAYOR},
    AlertTarget.MUNICIPALITY: {TermKind.MUNICIPALITY, TermKind.MAYOR},
    AlertTarget.AUTHORITY: {TermKind.MAYOR, TermKind.AUTHORITY},
}
# Stories older than this are archive back-fill, not news: they never alert.
ALERT_MAX_AGE = timedelta(days=2)
SURGE_BASELINE = timedelta(days=28)
SURGE_MIN_COUNT = 5
MAX_DELIVERY_ATTEMPTS = 10


def alert_recipients():
    """Active users holding receive_alerts (the Alcaldía y Gerencia role) through a group or directly."""
    return (
        User.objects.filter(is_active=True)
        .filter(
            Q(groups__permissions__codename="receive_alerts", groups__permissions__content_type__app_label="core")
            | Q(user_permissions__codename="receive_alerts", user_permissions__content_type__app_label="core")
        )
        .distinct()
        .order_by("pk")
    )


# --- rules --------------------------------------------------------------------


def query_matches(parsed: ParsedQuery, folded_text: str) -> bool:
    """The archive's query language over a clipping's folded text: whole words, phrases, OR, -exclusions."""

    def found(words: list[str]) -> bool:
        return re.search(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", folded_text) is not None

    if not parsed.include:
        return False
    hits = [found(words) for words in parsed.include]
    if not (any(hits) if parsed.any_of else all(hits)):
        return False
    return not any(found(words) for words in parsed.exclude)


def _matches(rule: AlertRule, clipping: Clipping, mention_kinds: dict[str, set[str]]) -> bool:
    if rule.kind == AlertKind.QUERY:
        if not query_matches(parse_query(rule.query), clipping.search_text):
            return False
        tones = {clipping.tone}
        if rule.target:
            kinds = TARGET_KINDS[rule.target]
            tones = {tone for kind, found in mention_kinds.items() if kind in kinds for tone in found}
            if not tones:
                return False
    else:
        kinds = TARGET_KINDS.get(rule.target, set())
        tones = {tone for kind, found in mention_kinds.items() if kind in kinds for tone in found}
        if not tones:
            return False
    if rule.tone == AlertTone.NEGATIVE and Tone.NEGATIVE not in tones and clipping.tone != Tone.NEGATIVE:
        return False
    return not (rule.priority_only and not (clipping.source_id and clipping.source.is_priority))


def alerts_evaluate(*, clipping: Clipping, now: datetime | None = None) -> list[Alert]:
    """Create the alerts this clipping triggers (once per rule) and deliver what is immediate."""
    now = now or timezone.now()
    if clipping.published_at < now - ALERT_MAX_AGE or clipping.duplicate_of_id:
        return []
    rules = [rule for rule in _active_rules() if rule.kind != AlertKind.SURGE]
    if not rules:
        return []
    mention_kinds: dict[str, set[str]] = {}
    for kind, tone in clipping.mentions.values_list("term__kind", "tone"):
        mention_kinds.setdefault(kind, set()).add(tone)
    created = []
    for rule in rules:
        if not _matches(rule, clipping, mention_kinds):
            continue
        try:
            with transaction.atomic():
                alert = Alert.objects.create(rule=rule, clipping=clipping)
        except IntegrityError:  # this story already alerted under this rule
            continue
        created.append(alert)
        alert_dispatch(alert=alert, now=now)
    return created


def _active_rules() -> list[AlertRule]:
    return list(AlertRule.objects.filter(is_active=True).order_by("pk"))


# --- surges -------------------------------------------------------------------


def _surge_subject(rule: AlertRule) -> tuple[str, Q]:
    if rule.topic_id:
        return rule.topic.name, Q(term__topic=rule.topic_id)
    kinds = TARGET_KINDS.get(rule.target or AlertTarget.MUNICIPALITY, set())
    return AlertTarget(rule.target or AlertTarget.MUNICIPALITY).label, Q(term__kind__in=kinds)


def surge_figures(rule: AlertRule, *, now: datetime) -> tuple[int, float, float]:
    """(stories in the window, usual stories per window, spread) from one indexed read of 28 days."""
    window = timedelta(hours=rule.window_hours)
    window_start = now - window
    _subject, condition = _surge_subject(rule)
    moments = Clipping.objects.filter(
        pk__in=Mention.objects.filter(condition).values("clipping_id"),
        duplicate_of__isnull=True,
        published_at__gte=window_start - SURGE_BASELINE,
        published_at__lte=now,
    ).values_list("published_at", flat=True)
    buckets = [0] * max(1, int(SURGE_BASELINE / window))
    current = 0
    for moment in moments:
        if moment >= window_start:
            current += 1
            continue
        index = int((window_start - moment) / window)
        if index < len(buckets):
            buckets[index] += 1
    return current, statistics.fmean(buckets), statistics.pstdev(buckets)


def alerts_evaluate_surges(*, now: datetime | None = None) -> list[Alert]:
    """The periodic step: a surge rule alerts when its window holds far more stories than usual, once per episode."""
    now = now or timezone.now()
    created = []
    for rule in AlertRule.objects.filter(is_active=True, kind=AlertKind.SURGE).select_related("topic"):
        window = timedelta(hours=rule.window_hours)
        if Alert.objects.filter(rule=rule, created_at__gte=now - window).exists():
            continue  # the same episode already alerted
        current, usual, spread = surge_figures(rule, now=now)
        if current < max(SURGE_MIN_COUNT, usual + 3 * spread, 2 * usual):
            continue
        subject, _condition = _surge_subject(rule)
        detail = _("%(count)s notas sobre %(subject)s en %(hours)s horas; lo usual es %(usual)s") % {
            "count": current,
            "subject": subject,
            "hours": rule.window_hours,
            "usual": round(usual),
        }
        alert = Alert.objects.create(rule=rule, detail=detail[:300])
        created.append(alert)
        alert_dispatch(alert=alert, now=now)
    return created


# --- delivery -----------------------------------------------------------------


def alert_dispatch(*, alert: Alert, now: datetime | None = None) -> None:
    """Create the deliveries each recipient wants and send the immediate ones."""
    now = now or timezone.now()
    channels = configured_channels()
    recipients = list(alert_recipients())
    preferences = {
        p.user_id: p for p in AlertPreference.objects.filter(user__in=recipients).prefetch_related("muted_rules")
    }
    deliveries = []
    for user in recipients:
        preference = preferences.get(user.pk)
        if preference and any(rule.pk == alert.rule_id for rule in preference.muted_rules.all()):
            continue
        for code in channels:
            if preference is None:
                mode = DeliveryMode.NONE if code == AlertChannel.GATEWAY else DeliveryMode.AS_RULE
            else:
                mode = preference.mode_for(code)
            if mode == DeliveryMode.NONE:
                continue
            in_digest = mode == DeliveryMode.DIGEST or alert.rule.mode == AlertMode.DIGEST
            deliveries.append(AlertDelivery(alert=alert, user=user, channel=code, in_digest=in_digest))
    AlertDelivery.objects.bulk_create(deliveries, ignore_conflicts=True)
    deliveries_send(AlertDelivery.objects.filter(alert=alert, in_digest=False, sent_at__isnull=True), now=now)


def deliveries_send(deliveries, *, now: datetime) -> int:
    """Send the given pending deliveries, grouped per person and channel. Returns how many left."""
    channels = configured_channels()
    pending = list(
        deliveries.filter(attempts__lt=MAX_DELIVERY_ATTEMPTS)
        .select_related("alert", "alert__rule", "alert__clipping", "alert__clipping__outlet", "user")
        .select_related("user__alert_preference")
        .order_by("pk")
    )
    groups: dict[tuple[int, str], list[AlertDelivery]] = defaultdict(list)
    for delivery in pending:
        groups[(delivery.user_id, delivery.channel)].append(delivery)
    sent = 0
    for (_user_id, code), group in groups.items():
        channel = channels.get(code)
        ids = [d.pk for d in group]
        # Claimed before sending: a second worker finds nothing to claim, so nobody gets it twice.
        if channel is None or AlertDelivery.objects.filter(pk__in=ids, sent_at__isnull=True).update(sent_at=now) != len(
            ids
        ):
            continue
        try:
            channel.send(user=group[0].user, alerts=[d.alert for d in group], key="-".join(map(str, ids))[:150])
        except Exception as exc:  # the channel is down: released for the next run
            AlertDelivery.objects.filter(pk__in=ids).update(sent_at=None, last_error=str(exc)[:300])
            for delivery in group:
                AlertDelivery.objects.filter(pk=delivery.pk).update(attempts=delivery.attempts + 1)
            log.warning("monitoring.alert_delivery_failed", extra={"channel": code, "error": str(exc)[:200]})
            continue
        sent += len(ids)
    _mark_delivered({d.alert_id for d in pending}, now)
    return sent


def _mark_delivered(alert_ids: set[int], now: datetime) -> None:
    if not alert_ids:
        return
    waiting = set(
        AlertDelivery.objects.filter(alert_id__in=alert_ids, sent_at__isnull=True).values_list("alert_id", flat=True)
    )
    Alert.objects.filter(pk__in=alert_ids - waiting, delivered_at__isnull=True).update(delivered_at=now)


def alerts_send_digest(*, now: datetime | None = None) -> int:
    """The hourly step: digest deliveries, and immediate ones a channel failed to take, grouped per person."""
    now = now or timezone.now()
    due = AlertDelivery.objects.filter(sent_at__isnull=True).filter(Q(in_digest=True) | Q(attempts__gt=0))
    return deliveries_send(due, now=now)


def alert_preference_for(user) -> AlertPreference:
    preference, _created = AlertPreference.objects.get_or_create(user=user)
    return preference


def recipient_preferences() -> list[tuple[User, AlertPreference | None]]:
    """Who receives alerts and how, for the head of unit and the analysts (two queries)."""
    recipients = list(alert_recipients())
    preferences = {
        p.user_id: p for p in AlertPreference.objects.filter(user__in=recipients).prefetch_related("muted_rules")
    }
    return [(user, preferences.get(user.pk)) for user in recipients]
