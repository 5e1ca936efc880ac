"""The head of unit's written exception to the publicity-law checks, for any record that carries the
`publicity_override_*` fields (a release, a campaign piece): who may write it, how long the reason must be, and
what it covers (exactly the blocking findings present when it was written, so a new one blocks again)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.roles import HEAD_OF_UNIT
from heraldo.core.writes import Refused, StateConflict
from heraldo.publicity.checks import Verdict, finding_key

RecordT = TypeVar("RecordT", bound=Model)
MIN_REASON = 20
_FIELDS = ("publicity_override_reason", "publicity_override_findings", "publicity_override_by", "publicity_override_at")


def can_write_exception(user) -> bool:
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.groups.filter(name=HEAD_OF_UNIT).exists())
    )


def exception_write(
    *, record: RecordT, actor, reason: str, verdict_of: Callable[[RecordT], Verdict], action: str, too_short: str
) -> RecordT:
    """Record the exception on the locked record and audit it under `action`; `too_short` is the sentence, naming
    the kind of record, that refuses a reason under MIN_REASON characters."""
    if not can_write_exception(actor):
        raise Refused(_("Solo la Jefatura de Imagen puede autorizar una excepción a las normas de publicidad."))
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise Refused(too_short % {"n": MIN_REASON}, field="reason")
    with transaction.atomic():
        current: Any = type(record)._default_manager.select_for_update().get(pk=record.pk)
        blocking = verdict_of(current).blocking
        if not blocking:
            raise StateConflict(_("La verificación de publicidad no observa nada que bloquee esta publicación."))
        keys = [finding_key(finding) for finding in blocking]
        before = current.publicity_override_reason
        current.publicity_override_reason = reason
        current.publicity_override_findings = keys
        current.publicity_override_by = actor
        current.publicity_override_at = timezone.now()
        current.save(update_fields=[*_FIELDS, "updated_at"])
        audit_record(
            actor=actor,
            action=action,
            target=current,
            changes={"publicity_override_reason": [before or None, reason], "findings": keys},
        )
    return current
