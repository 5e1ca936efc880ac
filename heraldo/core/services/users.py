from __future__ import annotations

from django.db import transaction

from heraldo.core.audit import audit_record
from heraldo.core.models import User


def user_set_language(*, user: User, language: str) -> User:
    if user.language == language:
        return user
    with transaction.atomic():
        previous = user.language
        user.language = language
        user.save(update_fields=["language"])
        audit_record(
            actor=user, action="core.user.language_changed", target=user, changes={"language": [previous, language]}
        )
    return user
