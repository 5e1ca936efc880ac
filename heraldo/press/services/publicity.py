"""The head of unit's written exception to the publicity-law checks on a release (audited)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.roles import HEAD_OF_UNIT
from heraldo.core.writes import Refused, StateConflict
from heraldo.press.models import PressRelease
from heraldo.press.publicity import release_verdict
from heraldo.publicity.checks import finding_key

MIN_REASON = 20


def can_override_publicity(user) -> bool:
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.groups.filter(name=HEAD_OF_UNIT).exists())
    )


def release_publicity_override(*, release: PressRelease, actor, reason: str) -> PressRelease:
    """Let the release go out despite its blocking findings, for the reason written; a later finding blocks again."""
    if not can_override_publicity(actor):
        raise Refused(_("Solo la Jefatura de Imagen puede autorizar una excepción a las normas de publicidad."))
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise Refused(
            _("Explique por escrito por qué la nota puede salir pese a las observaciones (al menos %(n)s caracteres).")
            % {"n": MIN_REASON},
            field="reason",
        )
    with transaction.atomic():
        current = PressRelease.objects.select_for_update().get(pk=release.pk)
        blocking = release_verdict(current).blocking
        if not blocking:
            raise StateConflict(_("La verificación de publicidad no observa nada que bloquee esta nota."))
        keys = [finding_key(finding) for finding in blocking]
        before = current.publicity_override_reason
        current.publicity_override_reason = reason
        current.publicity_override_findings = keys
        current.publicity_override_by = actor
        current.publicity_override_at = timezone.now()
        current.save(
            update_fields=[
                "publicity_override_reason",
                "publicity_override_findings",
                "publicity_override_by",
                "publicity_override_at",
                "updated_at",
            ]
        )
        audit_record(
            actor=actor,
            action="press.release.publicity_overridden",
            target=current,
            changes={"publicity_override_reason": [before or None, reason], "findings": keys},
        )
    release.refresh_from_db()
    return release
