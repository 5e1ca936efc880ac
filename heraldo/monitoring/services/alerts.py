"""Alerts to the Mayor and the Municipal Manager: rules, de-duplication, notify() and e-mail."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.models import User
from heraldo.core.notifications import notify
from heraldo.core.outbox import outbox_enqueue_templated
from heraldo.monitoring.models import Alert, AlertMode, AlertRule, AlertTarget, AlertTone, Clipping, TermKind, Tone

TARGET_KINDS = {
    AlertTarget.MAYOR: {TermKind.MAYOR},
    AlertTarget.MUNICIPALITY: {TermKind.MUNICIPALITY, TermKind.MAYOR},
    AlertTarget.AUTHORITY: {TermKind.MAYOR, TermKind.AUTHORITY},
}
# Stories older than this are archive back-fill, not news: they never alert.
ALERT_MAX_AGE = timedelta(days=2)


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


def _matches(rule: AlertRule, clipping: Clipping, mention_kinds: dict[str, set[str]]) -> bool:
    kinds = TARGET_KINDS[rule.target]
    tones = {tone for kind, tones in mention_kinds.items() if kind in kinds for tone in tones}
    if not tones:
        return False
    if rule.tone == AlertTone.NEGATIVE and Tone.NEGATIVE not in tones and clipping.tone != Tone.NEGATIVE:
        return False
    return not (rule.priority_only and not (clipping.source_id and clipping.source.is_priority))


def alerts_evaluate(*, clipping: Clipping, now: datetime | None = None) -> list[Alert]:
    """Create the alerts this clipping triggers (once per rule) and send the immediate ones."""
    now = now or timezone.now()
    if clipping.published_at < now - ALERT_MAX_AGE or clipping.duplicate_of_id:
        return []
    mention_kinds: dict[str, set[str]] = {}
    for kind, tone in clipping.mentions.values_list("term__kind", "tone"):
        mention_kinds.setdefault(kind, set()).add(tone)
    if not mention_kinds:
        return []
    created = []
    for rule in AlertRule.objects.filter(is_active=True):
        if not _matches(rule, clipping, mention_kinds):
            continue
        try:
            with transaction.atomic():
                alert = Alert.objects.create(rule=rule, clipping=clipping)
        except IntegrityError:  # this story already alerted under this rule
            continue
        created.append(alert)
        if rule.mode == AlertMode.IMMEDIATE:
            alert_deliver(alerts=[alert], now=now)
    return created


def alert_deliver(*, alerts: list[Alert], now: datetime | None = None) -> None:
    """notify() in the app and one e-mail per recipient through the outbox (its key makes it once)."""
    now = now or timezone.now()
    if not alerts:
        return
    recipients = list(alert_recipients())
    first = alerts[0]
    if len(alerts) == 1:
        title = _("Alerta de prensa: %(title)s") % {"title": first.clipping.title[:120]}
        url = reverse("monitoring:clipping_detail", args=[first.clipping_id])
    else:
        title = _("Resumen de alertas de prensa: %(count)s notas") % {"count": len(alerts)}
        url = reverse("monitoring:alert_list")
    notify(users=recipients, title=title, body=first.clipping.title[:300], url=url, level="urgent")
    key_part = "-".join(str(a.pk) for a in alerts)[:150]
    for user in recipients:
        if not user.email:
            continue
        outbox_enqueue_templated(
            key=f"monitoring-alert-{key_part}-u{user.pk}",
            to=[user.email],
            template="monitoring/email/alert",
            context={
                "alerts": alerts,
                "user": user,
                "site_url": settings.HERALDO_SITE_URL,
                "municipality": settings.HERALDO_MUNICIPALITY_NAME,
            },
            language=getattr(user, "language", "es") or "es",
        )
    Alert.objects.filter(pk__in=[a.pk for a in alerts]).update(delivered_at=now)


def alerts_send_digest(*, now: datetime | None = None) -> int:
    """The hourly digest of the rules in digest mode. Returns how many alerts went out."""
    now = now or timezone.now()
    pending = list(
        Alert.objects.filter(delivered_at__isnull=True, rule__mode=AlertMode.DIGEST)
        .select_related("clipping", "rule")
        .order_by("pk")[:200]
    )
    alert_deliver(alerts=pending, now=now)
    return len(pending)
