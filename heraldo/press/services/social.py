from __future__ import annotations

from django.db import transaction

from heraldo.core.audit import audit_record
from heraldo.press.models import SocialPost


def social_posts_save(*, release, actor, texts: dict[str, str]) -> list[SocialPost]:
    """Store the per-network texts (the form has already checked each network's limit)."""
    saved = []
    with transaction.atomic():
        changes = {}
        for network, text in texts.items():
            post, created = SocialPost.objects.get_or_create(
                release=release, network=network, defaults={"text": text, "updated_by": actor}
            )
            if not created and post.text != text:
                changes[network] = [post.text, text]
                post.text = text
                post.updated_by = actor
                post.save(update_fields=["text", "updated_by", "updated_at"])
            elif created:
                changes[network] = [None, text]
            saved.append(post)
        if changes:
            audit_record(actor=actor, action="press.social.updated", target=release, changes=changes)
    return saved
