from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from heraldo.core.audit import audit_record
from heraldo.directory.models import Greeting

GREETING_FIELDS = (
    "occasion",
    "entity",
    "person",
    "sent_on",
    "channel",
    "reference",
    "text",
    "gift_given",
    "gift_received",
)


def greeting_record(*, actor, data: Mapping[str, Any]) -> Greeting:
    """Record what was sent (and any protocol gift), on the recipient's history."""
    with transaction.atomic():
        greeting = Greeting(created_by=actor if getattr(actor, "is_authenticated", False) else None)
        for name in GREETING_FIELDS:
            if name in data:
                setattr(greeting, name, data[name])
        greeting.full_clean()
        greeting.save()
        target = greeting.person or greeting.entity
        changes = {"medio": [None, greeting.get_channel_display()]}
        if greeting.gift_given:
            changes["presente entregado"] = [None, greeting.gift_given]
        if greeting.gift_received:
            changes["presente recibido"] = [None, greeting.gift_received]
        audit_record(
            actor=actor,
            action="directory.greeting.recorded",
            target=target,
            target_label=str(greeting),
            changes=changes,
        )
    return greeting
