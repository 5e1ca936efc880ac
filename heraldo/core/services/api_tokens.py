"""Personal API keys: issued for HERALDO_API_TOKEN_DAYS, revoked on a password change or a deactivation, audited."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from rest_framework.authtoken.models import Token

from heraldo.core.audit import audit_record
from heraldo.core.models import User

# Why a key stopped working, each its own audit action (and sentence).
REVOKED_BY_OWNER = "core.api_token.revoked"
REVOKED_ON_PASSWORD_CHANGE = "core.api_token.revoked_password"  # noqa: S105  an audit code, not a secret
REVOKED_ON_DEACTIVATION = "core.api_token.revoked_deactivated"


def api_token_expires_at(token: Token) -> datetime:
    return token.created + timedelta(days=settings.HERALDO_API_TOKEN_DAYS)


def api_token_is_expired(token: Token, *, now: datetime | None = None) -> bool:
    return (now or timezone.now()) >= api_token_expires_at(token)


def api_token_issue(*, user: User) -> Token:
    """A new key for the user; the one they had stops working."""
    with transaction.atomic():
        replaced = Token.objects.filter(user=user).delete()[0] > 0
        token = Token.objects.create(user=user)
        audit_record(
            actor=user,
            action="core.api_token.created",
            target=user,
            changes={"expires_at": [None, api_token_expires_at(token).isoformat()], "replaced": [None, replaced]},
        )
    return token


def api_token_revoke(*, user: User, actor: User | None, action: str = REVOKED_BY_OWNER) -> bool:
    """Revoke the user's key, if they have one; `action` records why."""
    with transaction.atomic():
        if not Token.objects.filter(user=user).delete()[0]:
            return False
        audit_record(actor=actor, action=action, target=user)
    return True


def api_token_refuse_expired(*, token: Token) -> None:
    """A call came with a key past its date: record it once and delete the key, so the next call is just refused."""
    with transaction.atomic():
        if Token.objects.filter(pk=token.pk).delete()[0]:
            audit_record(
                actor=None,
                action="core.api_token.expired_used",
                target=token.user,
                changes={"expires_at": [api_token_expires_at(token).isoformat(), None]},
            )
