"""Pre-publication checks: the extension point that can hold a release back.

Before a release goes public (by hand or by the scheduler) every registered
check runs on it. A check returns `None` when the release may go out, or a
Spanish sentence saying why it must wait; any reason holds the publication,
records it on the release (`hold_reason`), audits it and tells the author.

The registry is empty on purpose. The state-advertising module plugs Peru's
rules in here (Ley 28874 and the electoral-period ban: no images or names of
authorities in state publicity during an election), for example:

    from heraldo.press.checks import register_prepublication_check

    @register_prepublication_check
    def electoral_ban(release):
        if ban_is_active(now()) and shows_authorities(release):
            return _("Periodo electoral: la nota muestra autoridades y no puede publicarse hasta el %(d)s.")
        return None

Checks must be fast, read-only and deterministic for a given release and time.
"""

from __future__ import annotations

from collections.abc import Callable

PrepublicationCheck = Callable[[object], "str | None"]
_CHECKS: list[PrepublicationCheck] = []


def register_prepublication_check(check: PrepublicationCheck) -> PrepublicationCheck:
    if check not in _CHECKS:
        _CHECKS.append(check)
    return check


def unregister_prepublication_check(check: PrepublicationCheck) -> None:
    if check in _CHECKS:
        _CHECKS.remove(check)


def prepublication_problems(release) -> list[str]:
    """Every reason the registered checks give for holding this release back (empty: it may go out)."""
    reasons = []
    for check in _CHECKS:
        reason = check(release)
        if reason:
            reasons.append(str(reason))
    return reasons
