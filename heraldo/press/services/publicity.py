"""The head of unit's written exception to the publicity-law checks on a release (audited)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from heraldo.press.models import PressRelease
from heraldo.press.publicity import release_verdict
from heraldo.publicity.exceptions import exception_write


def release_publicity_override(*, release: PressRelease, actor, reason: str) -> PressRelease:
    """Let the release go out despite its blocking findings, for the reason written; a later finding blocks again."""
    exception_write(
        record=release,
        actor=actor,
        reason=reason,
        verdict_of=release_verdict,
        action="press.release.publicity_overridden",
        too_short=_(
            "Explique por escrito por qué la nota puede salir pese a las observaciones (al menos %(n)s caracteres)."
        ),
    )
    release.refresh_from_db()
    return release
