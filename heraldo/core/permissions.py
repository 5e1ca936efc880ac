"""Access gates of the core app: one function per object type, used by pages and API alike.

A gate either returns what the user may see or raises. Denials for objects
raise Http404 (not 403) so nobody learns whether an object exists.
"""

from __future__ import annotations

import logging
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404

from heraldo.core.models import Job, Notification

security_log = logging.getLogger("heraldo.security")


def users_with_capability(codename: str):
    """Active accounts holding a capability through one of their roles or directly, each once."""
    from django.db.models import Q

    from heraldo.core.models import User

    return (
        User.objects.filter(is_active=True)
        .filter(
            Q(groups__permissions__codename=codename, groups__permissions__content_type__app_label="core")
            | Q(user_permissions__codename=codename, user_permissions__content_type__app_label="core")
        )
        .distinct()
        .order_by("pk")
    )


def has_capability(user, codename: str) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(f"core.{codename}"))


def require_capability(user, codename: str) -> None:
    if not has_capability(user, codename):
        security_log.warning(
            "access.denied",
            extra={"user_id": getattr(user, "pk", None), "capability": codename},
        )
        raise PermissionDenied


def capability_required(codename: str):
    """View decorator: the signed-in user must hold the module permission."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            require_capability(request.user, codename)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def access_audit_log(user) -> None:
    require_capability(user, "view_audit_log")


def access_job(user, job_id: int) -> Job:
    if not has_capability(user, "view_jobs"):
        raise Http404
    try:
        return Job.objects.get(pk=job_id)
    except Job.DoesNotExist as exc:
        raise Http404 from exc


def access_notification(user, notification_id: int) -> Notification:
    if not (user and user.is_authenticated):
        raise Http404
    try:
        return Notification.objects.get(pk=notification_id, recipient=user)
    except Notification.DoesNotExist as exc:
        raise Http404 from exc


def public_page(view):
    """Mark a view as open to anyone, signed in or not (newsroom, public agenda, RSVP links, feeds).

    The route × role test holds every view not marked so to deny visitors and users without a role.
    """
    view.heraldo_public = True
    return view
