from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record, changed_fields, snapshot
from heraldo.core.models import User
from heraldo.core.outbox import outbox_enqueue_templated
from heraldo.core.services.api_tokens import REVOKED_ON_DEACTIVATION, api_token_revoke


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


def _role_names(user: User) -> list[str]:
    return sorted(user.groups.values_list("name", flat=True))


def user_create(*, actor: User, roles: Iterable[Group], **fields: Any) -> User:
    """Open an account with no password: the person sets it through the link e-mailed to them."""
    with transaction.atomic():
        user = User(**fields)
        user.set_unusable_password()
        user.save()
        user.groups.set(roles)
        audit_record(
            actor=actor,
            action="core.user.created",
            target=user,
            changes={"roles": [[], _role_names(user)], **{f: [None, getattr(user, f)] for f in fields}},
        )
        _enqueue_welcome(user)
    return user


def _enqueue_welcome(user: User) -> None:
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    outbox_enqueue_templated(
        key=f"core.user.welcome:{user.pk}:{user.date_joined.isoformat()}",
        to=[user.email],
        template="core/email/account_welcome",
        context={"user": user, "set_password_url": settings.HERALDO_SITE_URL.rstrip("/") + path},
        language=user.language,
    )


def user_update(*, actor: User, user: User, roles: Iterable[Group], **fields: Any) -> User:
    with transaction.atomic():
        before = snapshot(user, fields)
        roles_before = _role_names(user)
        for name, value in fields.items():
            setattr(user, name, value)
        user.save()
        user.groups.set(roles)
        changes = changed_fields(user, before, fields)
        roles_after = _role_names(user)
        if roles_after != roles_before:
            changes["roles"] = [roles_before, roles_after]
        if changes:
            audit_record(actor=actor, action="core.user.updated", target=user, changes=changes)
    return user


def user_deactivate(*, actor: User, user: User) -> User:
    """Close the account now: its sessions end and its API tokens stop working."""
    from allauth.usersessions.models import UserSession

    if user.pk == actor.pk:
        raise ValidationError(_("No puede desactivar su propia cuenta."))
    with transaction.atomic():
        if not user.is_active:
            return user
        user.is_active = False
        user.save(update_fields=["is_active"])
        for session in UserSession.objects.filter(user=user):
            session.end()
        api_token_revoke(user=user, actor=actor, action=REVOKED_ON_DEACTIVATION)
        audit_record(actor=actor, action="core.user.deactivated", target=user, changes={"is_active": [True, False]})
    return user


def user_reactivate(*, actor: User, user: User) -> User:
    with transaction.atomic():
        if user.is_active:
            return user
        user.is_active = True
        user.save(update_fields=["is_active"])
        audit_record(actor=actor, action="core.user.reactivated", target=user, changes={"is_active": [False, True]})
    return user
