"""Private calendar links (issue, revoke, resolve), shared by every module that offers a feed.

Each module names its links by its app label (`purpose`) and audits them under its own codes,
`<purpose>.feed.issued` and `<purpose>.feed.revoked`, which it registers with a sentence.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.core.models.feeds import FeedToken, hash_token, new_token

# A link's last use is written at most this often: calendar clients poll every few minutes.
LAST_USED_EVERY_SECONDS = 3600


def active_feed_token(*, user, purpose: str) -> FeedToken | None:
    return FeedToken.objects.filter(user=user, purpose=purpose, revoked_at__isnull=True).first()


@transaction.atomic
def feed_token_issue(*, user, purpose: str) -> str:
    """Revoke the user's current link for this purpose and return a new secret (shown once, never stored)."""
    _revoke_all(user, purpose)
    token = new_token()
    feed = FeedToken.objects.create(user=user, purpose=purpose, token_hash=hash_token(token))
    audit_record(actor=user, action=f"{purpose}.feed.issued", target=feed)
    return token


@transaction.atomic
def feed_token_revoke(*, user, purpose: str) -> int:
    revoked = _revoke_all(user, purpose)
    if revoked:
        audit_record(actor=user, action=f"{purpose}.feed.revoked", target_label=str(user))
    return revoked


def _revoke_all(user, purpose: str) -> int:
    return FeedToken.objects.filter(user=user, purpose=purpose, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def feed_token_user(token: str, *, purpose: str):
    """The user a live link of this purpose belongs to, or None; a link of another purpose opens nothing."""
    feed = (
        FeedToken.objects.select_related("user")
        .filter(token_hash=hash_token(token), purpose=purpose, revoked_at__isnull=True)
        .first()
    )
    if feed is None or not feed.user.is_active:
        return None
    now = timezone.now()
    if feed.last_used_at is None or (now - feed.last_used_at).total_seconds() > LAST_USED_EVERY_SECONDS:
        FeedToken.objects.filter(pk=feed.pk).update(last_used_at=now)
    return feed.user
