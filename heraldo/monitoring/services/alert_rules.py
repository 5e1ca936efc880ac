"""Alert rules and each person's way of receiving alerts: writing them, audited.

Evaluating rules and delivering alerts is `services/alerts.py`; this module only changes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction

from heraldo.core.writes import AuditedWrite, write_audited
from heraldo.monitoring.models import AlertPreference, AlertRule

RULE_FIELDS = (
    "name",
    "kind",
    "target",
    "query",
    "topic",
    "window_hours",
    "tone",
    "priority_only",
    "mode",
    "is_active",
)
PREFERENCE_FIELDS = ("email_mode", "app_mode", "gateway_mode", "gateway_address")


def alert_rule_create(*, actor, data: Mapping[str, Any]) -> AlertRule:
    return write_audited(
        actor=actor, action="monitoring.rule.created", instance=AlertRule(), data=data, fields=RULE_FIELDS
    )


def alert_rule_update(*, actor, rule: AlertRule, data: Mapping[str, Any]) -> AlertRule:
    return write_audited(actor=actor, action="monitoring.rule.updated", instance=rule, data=data, fields=RULE_FIELDS)


def alert_preference_update(
    *, actor, preference: AlertPreference, data: Mapping[str, Any], muted_rules: Iterable[AlertRule]
) -> AlertPreference:
    """How one person receives alerts, and which rules they silenced."""
    with transaction.atomic():
        if preference._state.adding:
            # The page showed the defaults unsaved; the row is made now, so the trail shows what changed from them.
            preference = AlertPreference.objects.get_or_create(user=preference.user)[0]
        write = AuditedWrite(preference, data=data, fields=PREFERENCE_FIELDS)
        preference = write.save()
        write.set_many("muted_rules", muted_rules)
        write.record(actor=actor, action="monitoring.alert_preference.updated")
    return preference
