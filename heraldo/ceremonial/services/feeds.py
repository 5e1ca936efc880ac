from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from heraldo.ceremonial.models import CalendarFeedToken
from heraldo.ceremonial.models.feeds import hash_token, new_token
from heraldo.core.audit import audit_record


@transaction.atomic
def feed_token_issue(*, user) -> str:
    """Revoke the user's current link and return a new secret (shown once, never stored)."""
    _revoke_all(user)
    token = new_token()
    feed = CalendarFeedToken.objects.create(user=user, token_hash=hash_token(token))
    audit_record(actor=user, action="ceremonial.feed.issued", target=feed)
    return token


@transaction.atomic
def feed_token_revoke(*, user) -> int:
    revoked = _revoke_all(user)
    if revoked:
        audit_record(actor=user, action="ceremonial.feed.revoked", target_label=str(user))
    return revoked


def _revoke_all(user) -> int:
    return CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())


def feed_token_user(token: str):
    """The active user a link belongs to, or None. Marks the link as used."""
    feed = (
        CalendarFeedToken.objects.select_related("user")
        .filter(token_hash=hash_token(token), revoked_at__isnull=True)
        .first()
    )
    if feed is None:
        return None
    now = timezone.now()
    if feed.last_used_at is None or (now - feed.last_used_at).total_seconds() > 3600:
        CalendarFeedToken.objects.filter(pk=feed.pk).update(last_used_at=now)
    return feed.user
