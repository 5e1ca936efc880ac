"""The audit trail: every state change made through a service is recorded here.

Each action has a dotted code (`core.user.deactivated`) and a translated
sentence, so an object's history reads as Spanish prose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models

from heraldo.core.audit_sentences import describe, is_registered, register_actions, register_change_labels
from heraldo.core.models import AuditEntry

__all__ = [
    "audit_record",
    "changed_fields",
    "describe",
    "history_for",
    "register_actions",
    "register_change_labels",
    "snapshot",
]


def audit_record(
    *,
    actor: Any,
    action: str,
    target: models.Model | None = None,
    changes: Mapping[str, Any] | None = None,
    ip_address: str | None = None,
    target_label: str | None = None,
) -> AuditEntry:
    """Write one audit entry. Call inside the service's transaction."""
    if not is_registered(action):
        raise ValueError(f"Unregistered audit action {action!r}")
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        actor_label=str(user) if user else (str(actor) if actor else ""),
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=(target_label if target_label is not None else str(target) if target is not None else "")[:300],
        changes=_jsonable(changes or {}),
        ip_address=ip_address,
    )


def changed_fields(instance: models.Model, before: Mapping[str, Any], fields: Iterable[str]) -> dict:
    """The `{field: [old, new]}` map of what a form or service changed."""
    diff = {}
    for name in fields:
        old, new = before.get(name), getattr(instance, name)
        if old != new:
            diff[name] = [old, new]
    return diff


def snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(instance, name) for name in fields}


def history_for(target: models.Model):
    return AuditEntry.objects.filter(target_type=target._meta.label_lower, target_id=str(target.pk)).select_related(
        "actor"
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, models.Model):
        return str(value)
    return str(value)
