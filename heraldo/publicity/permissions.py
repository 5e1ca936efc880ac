"""Who may read and who may keep the data of the publicity-law checks."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from heraldo.core.permissions import has_capability
from heraldo.core.roles import HEAD_OF_UNIT

READ_CAPABILITIES = ("access_campaigns", "access_press")


def can_read(user) -> bool:
    return any(has_capability(user, capability) for capability in READ_CAPABILITIES)


def can_manage(user) -> bool:
    """Processes, palettes and nicknames decide what is blocked: only the head of unit keeps them."""
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.groups.filter(name=HEAD_OF_UNIT).exists())
    )


def require_read(user) -> None:
    if not can_read(user):
        raise PermissionDenied


def require_manage(user) -> None:
    if not can_manage(user):
        raise PermissionDenied
