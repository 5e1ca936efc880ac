"""Alerts to the Mayor and the Municipal Manager: rules, surges, preferences and delivery per channel.

An alert is unique per rule and clipping (or per surge episode). Each recipient gets
it once per channel they want: a delivery row is created once, claimed before
sending and released on failure, so it is sent once and retried until it is.
The alert, its deliveries and one `monitoring.alert_deliver` job per channel are
written in one transaction; each channel then sends in its own job, so a slow or
unreachable gateway holds up neither the other channels nor whoever created the alert.
"""

from __future__ import annotations

import hashlib
import logging
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, DateTimeField, Exists, F, Func, IntegerField, OuterRef, Q, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_noop

from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue
from heraldo.core.models import User
from heraldo.core.notifications import mark_read, notice_key, notify, reopen_action, resolve_action
from heraldo.core.permissions import users_with_capability
from heraldo.core.stamps import raise_stamps
from heraldo.monitoring.channels import ALERT_NOTICE, Channel, configured_channels
from heraldo.monitoring.models import (
    Alert,
    AlertDelivery,
    AlertPreference,
    AlertRule,
    AlertSeen,
    Clipping,
    ClippingTopic,
    Mention,
    WatchTerm,
)
from heraldo.monitoring.models.alerts import (
    ALERTS_STAMP,
    AlertChannel,
    AlertKind,
    AlertMode,
    AlertTarget,
    AlertTone,
    DeliveryMode,
)
from heraldo.monitoring.models.clippings import Tone
from heraldo.monitoring.models.watch import TermKind
from heraldo.monitoring.selectors import ParsedQuery, parse_query

log = logging.getLogger(__name__)

TARGET_KINDS = {
    AlertTarget.MAYOR: {TermKind.MAYOR},
    # A place of the district is a mention only beside a municipal cue ("vecinos de <place> reclaman a la
    # municipalidad"): such a story is about the municipality even when it does not spell out its name.
    AlertTarget.MUNICIPALITY: {TermKind.MUNICIPALITY, TermKind.MAYOR, TermKind.PLACE},
    AlertTarget.AUTHORITY: {TermKind.MAYOR, TermKind.AUTHORITY},
}
# Stories older than this are archive back-fill, not news: they never alert.
ALERT_MAX_AGE = timedelta(days=2)
SURGE_BASELINE = timedelta(days=28)
SURGE_MIN_COUNT = 5
SURGE_STD_FACTOR = 3
MAX_DELIVERY_ATTEMPTS = 10
# How the notice of an alert a correction withdrew reads (Spanish source, translated when shown).
WITHDRAWN = gettext_noop("Alerta retirada: tras la corrección, la nota ya no coincide con la regla")


def alert_recipients():
    """Who receives alerts: the accounts holding receive_alerts (Alcaldía y Gerencia, the head of unit and the
    media analysts of Monitoreo)."""
    return users_with_capability("receive_alerts")


# --- rules --------------------------------------------------------------------


def query_matches(parsed: ParsedQuery, folded_text: str) -> bool:
    """The archive's query language over a clipping's folded text: whole words, phrases, OR, -exclusions."""

    def found(words: list[str]) -> bool:
        # A phrase's words in a row, whatever punctuation or line breaks sit between them (as the archive reads it).
        phrase = r"\W+".join(map(re.escape, words))
        return re.search(rf"(?<!\w){phrase}(?!\w)", folded_text) is not None

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
    """Create the alerts this clipping triggers (once per rule) and queue the delivery of what is immediate."""
    now = now or timezone.now()
    if clipping.published_at < now - ALERT_MAX_AGE or clipping.duplicate_of_id:
        return []
    rules = [rule for rule in _active_rules() if rule.kind != AlertKind.SURGE]
    if not rules:
        return []
    mention_kinds: dict[str, set[str]] = {}
    for kind, tone in clipping.mentions.filter(is_aside=False).values_list("term__kind", "tone"):
        mention_kinds.setdefault(kind, set()).add(tone)
    created = []
    for rule in rules:
        if not _matches(rule, clipping, mention_kinds):
            continue
        try:
            with transaction.atomic():
                alert = Alert.objects.create(rule=rule, clipping=clipping)
                alert_dispatch(alert=alert)
                raise_stamps(ALERTS_STAMP)
        except IntegrityError:  # this story already alerted under this rule
            continue
        created.append(alert)
    return created


def _active_rules() -> list[AlertRule]:
    return list(AlertRule.objects.filter(is_active=True).order_by("pk"))


# --- surges -------------------------------------------------------------------


class _WindowsBefore(Func):
    """How many whole windows of `seconds` separate a timestamp column from a moment, computed in SQL.

    Grouping on it counts every window of the baseline in one indexed read,
    returning one small row per window instead of every story's timestamp.
    """

    output_field = IntegerField()

    def __init__(self, moment: datetime, column: str, seconds: int) -> None:
        super().__init__(Value(moment, output_field=DateTimeField()), F(column))
        self.seconds = int(seconds)

    def _parts(self, compiler, connection):
        moment, moment_params = compiler.compile(self.source_expressions[0])
        column, column_params = compiler.compile(self.source_expressions[1])
        return moment, column, (*moment_params, *column_params)

    def as_sqlite(self, compiler, connection, **extra_context):
        moment, column, params = self._parts(compiler, connection)
        # julianday() parses Django's stored text in C; the rows are never later than the moment, so CAST is floor.
        return f"CAST((julianday({moment}) - julianday({column})) * 86400.0 / {self.seconds} AS INTEGER)", params

    def as_postgresql(self, compiler, connection, **extra_context):
        moment, column, params = self._parts(compiler, connection)
        return f"FLOOR(EXTRACT(EPOCH FROM ({moment} - {column})) / {self.seconds})::integer", params


@dataclass(frozen=True)
class SurgeFigures:
    current: int  # stories in the last window
    usual: float  # mean stories per window over the baseline
    spread: float  # their standard deviation

    @property
    def threshold(self) -> float:
        """Far above the usual, and never a handful: a quiet topic going from 0 to 1 is not a surge."""
        return max(SURGE_MIN_COUNT, self.usual + SURGE_STD_FACTOR * self.spread, 2 * self.usual)

    @property
    def is_surge(self) -> bool:
        return self.current >= self.threshold

    @property
    def is_over(self) -> bool:
        """An episode ends once the window is back to half the threshold (not at the first dip, so it never flaps)."""
        return self.current <= self.threshold / 2


def _surge_mentioned(rule: AlertRule) -> Exists:
    """The story mentions the rule's topic, or who the rule names."""
    if rule.topic_id:
        return Exists(
            ClippingTopic.objects.filter(clipping_id=OuterRef("pk"), topic_id=rule.topic_id, is_assigned=True)
        )
    else:
        terms = WatchTerm.objects.filter(kind__in=TARGET_KINDS[rule.target or AlertTarget.MUNICIPALITY])
    return Exists(Mention.objects.filter(clipping_id=OuterRef("pk"), term_id__in=terms.values("pk"), is_aside=False))


def surge_figures(rule: AlertRule, *, now: datetime) -> SurgeFigures:
    """One grouped query over the published-date index: original stories per window, the last one and 28 days before."""
    window = timedelta(hours=rule.window_hours)
    baseline_windows = max(1, int(SURGE_BASELINE / window))
    counts = dict(
        Clipping.objects.filter(published_at__gt=now - window * (baseline_windows + 1), published_at__lte=now)
        .filter(_surge_mentioned(rule))
        .annotate(windows_before=_WindowsBefore(now, "published_at", window.total_seconds()))
        .values("windows_before")
        # Copies are left out in the count, not the WHERE: there SQLite would pick the index on
        # duplicate_of (almost every row is NULL) over the date range and read the whole archive.
        .annotate(stories=Count("pk", filter=Q(duplicate_of__isnull=True)))
        .order_by()
        .values_list("windows_before", "stories")
    )
    baseline = [counts.get(index, 0) for index in range(1, baseline_windows + 1)]
    return SurgeFigures(counts.get(0, 0), statistics.fmean(baseline), statistics.pstdev(baseline))


def alerts_evaluate_surges(*, now: datetime | None = None) -> list[Alert]:
    """The periodic step: a surge rule alerts when its window holds far more stories than usual, once per episode."""
    now = now or timezone.now()
    created = []
    for rule in AlertRule.objects.filter(is_active=True, kind=AlertKind.SURGE).select_related("topic"):
        figures = surge_figures(rule, now=now)
        if rule.surge_since is not None:
            if figures.is_over:
                AlertRule.objects.filter(pk=rule.pk).update(surge_since=None)
            continue  # the episode already alerted
        if not figures.is_surge:
            continue
        about = {"topic": rule.topic.name} if rule.topic_id else {"target": rule.target or AlertTarget.MUNICIPALITY}
        with transaction.atomic():
            # Conditional on the episode being closed: two overlapping runs cannot both open it.
            if not AlertRule.objects.filter(pk=rule.pk, surge_since__isnull=True).update(surge_since=now):
                continue
            alert = Alert.objects.create(
                rule=rule,
                surge={"count": figures.current, "usual": round(figures.usual), "hours": rule.window_hours, **about},
            )
            alert_dispatch(alert=alert)
            raise_stamps(ALERTS_STAMP)
        created.append(alert)
    return created


# --- delivery -----------------------------------------------------------------


def alert_dispatch(*, alert: Alert) -> None:
    """Create the deliveries each recipient wants and queue one job per channel for the immediate ones.

    Called in the alert's transaction: the alert never exists without its deliveries and their jobs.
    """
    channels = configured_channels()
    deliveries = []
    for user, preference in recipient_preferences():
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
    for code in sorted({delivery.channel for delivery in deliveries if not delivery.in_digest}):
        enqueue("monitoring.alert_deliver", alert_id=alert.pk, channel=code)


def alert_deliver(*, alert_id: int, channel: str) -> int:
    """Send one alert's immediate deliveries on one channel (its own job). Returns how many left.

    A channel that fails leaves them pending with the attempt counted: the hourly step retries them.
    """
    pending = AlertDelivery.objects.filter(alert_id=alert_id, channel=channel, in_digest=False, sent_at__isnull=True)
    return deliveries_send(pending, now=timezone.now())


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
        if channel is not None and _deliver(channel, group, now=now):
            sent += len(group)
    _mark_delivered({d.alert_id for d in pending}, now)
    return sent


def _deliver(channel: Channel, group: list[AlertDelivery], *, now: datetime) -> bool:
    """Claim the group, then send it; a failure releases it for the next run and counts the attempt.

    The claim is conditional, so a second worker finds nothing to claim. A channel
    that only writes to the database (outbox, notices) sends inside the claim's
    transaction: a crash after the claim undoes both, nothing is lost or doubled.
    An outside gateway is called after the claim commits, with a key it can use
    to drop a repeat.
    """
    ids = [delivery.pk for delivery in group]
    key = f"{ids[0]}-{len(ids)}-{hashlib.sha256(','.join(map(str, ids)).encode()).hexdigest()[:12]}"
    try:
        with transaction.atomic():
            if AlertDelivery.objects.filter(pk__in=ids, sent_at__isnull=True).update(sent_at=now) != len(ids):
                transaction.set_rollback(True)  # another worker holds part of the group
                return False
            if channel.writes_to_database:
                channel.send(user=group[0].user, alerts=[d.alert for d in group], key=key)
        if not channel.writes_to_database:
            channel.send(user=group[0].user, alerts=[d.alert for d in group], key=key)
    except Exception as exc:  # the channel is down: released for the next run (a database channel already was)
        AlertDelivery.objects.filter(Q(sent_at__isnull=True) | Q(sent_at=now), pk__in=ids).update(
            sent_at=None, last_error=str(exc)[:300], attempts=F("attempts") + 1
        )
        log.warning("monitoring.alert_delivery_failed", extra={"channel": channel.code, "error": str(exc)[:200]})
        return False
    return True


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
    """The person's saved choice, or the defaults unsaved: reading the page must not write."""
    return AlertPreference.objects.filter(user=user).first() or AlertPreference(user=user)


def recipient_preferences() -> list[tuple[User, AlertPreference | None]]:
    """Who receives alerts and how, for the head of unit and the analysts (two queries)."""
    recipients = list(alert_recipients())
    preferences = {
        p.user_id: p for p in AlertPreference.objects.filter(user__in=recipients).prefetch_related("muted_rules")
    }
    return [(user, preferences.get(user.pk)) for user in recipients]


# --- reading and correcting -----------------------------------------------------


@transaction.atomic
def alerts_mark_seen(*, actor, alerts) -> int:
    """Mark these alerts seen by the actor (their own list and badge). Returns how many were new to them."""
    unseen = list(alerts.filter(withdrawn_at__isnull=True).exclude(seen_marks__user=actor).values_list("pk", flat=True))
    if not unseen:
        return 0
    AlertSeen.objects.bulk_create([AlertSeen(alert_id=pk, user=actor) for pk in unseen], ignore_conflicts=True)
    raise_stamps(ALERTS_STAMP)
    mark_read([notice_key(ALERT_NOTICE, pk) for pk in unseen], reader=actor)
    audit_record(actor=actor, action="monitoring.alerts.seen", changes={"alerts": len(unseen)})
    return len(unseen)


def alerts_reconsider(*, clipping: Clipping, actor=None, now: datetime | None = None) -> None:
    """After an analyst's correction: withdraw the alerts the story no longer earns, restore those it earns again,
    and raise any it now earns (a story corrected to negative alerts the Mayor, if it is still news).

    Called inside the correction's transaction, so the list and every badge change with it.
    """
    now = now or timezone.now()
    mention_kinds: dict[str, set[str]] = {}
    for kind, tone in clipping.mentions.filter(is_aside=False).values_list("term__kind", "tone"):
        mention_kinds.setdefault(kind, set()).add(tone)
    withdrawn, restored = [], []
    for alert in clipping.alerts.select_related("rule"):
        still = _matches(alert.rule, clipping, mention_kinds)
        if alert.withdrawn_at is None and not still:
            withdrawn.append(alert.pk)
        elif alert.withdrawn_at is not None and still:
            restored.append(alert.pk)
    Alert.objects.filter(pk__in=withdrawn).update(withdrawn_at=now)
    Alert.objects.filter(pk__in=restored).update(withdrawn_at=None)
    if withdrawn or restored:
        raise_stamps(ALERTS_STAMP)
    # The bell follows: a withdrawn alert's notices are settled for everyone, a restored one's count again.
    resolve_action([notice_key(ALERT_NOTICE, pk) for pk in withdrawn], by=actor, resolution=WITHDRAWN, now=now)
    reopen_action([notice_key(ALERT_NOTICE, pk) for pk in restored], resolution=WITHDRAWN)
    _tell_who_was_alerted(clipping, withdrawn)
    alerts_evaluate(clipping=clipping, now=now)


def _tell_who_was_alerted(clipping: Clipping, withdrawn: list[int]) -> None:
    """Whoever already received an alert the correction withdrew is told it no longer stands (the Urgente notice
    stays in their history, so the retraction must reach them the same way)."""
    if not withdrawn:
        return
    user_ids = set(
        AlertDelivery.objects.filter(alert_id__in=withdrawn, sent_at__isnull=False).values_list("user_id", flat=True)
    )
    if not user_ids:
        return
    notify(
        users=User.objects.filter(pk__in=user_ids),
        title=gettext_noop("Alerta retirada: %(title)s"),
        title_params={"title": clipping.title[:120]},
        body=gettext_noop("Un analista corrigió el tono de la nota a «%(tone)s»: ya no corresponde a la alerta."),
        body_params={"tone": str(Tone(clipping.tone).label)},
        url=reverse("monitoring:clipping_detail", args=[clipping.pk]),
        level="info",
    )
